// A quick estimate of how deeply YAML text nests, before the YAML parser sees it: the parser recurses, so a few
// megabytes of `[[[[...` or `- - - ...` would cost it seconds and gigabytes before it gives up. The estimate
// follows flow brackets (outside quotes and comments), block indentation and compact `- ` / `? ` indicators, and
// skips block scalars; it may be off by a few levels (continuation lines of a plain scalar count as indentation),
// so it only guards the parser, with a margin, and the parsed value's depth is what the limit is checked on.
// Browser-safe.

/** The offset where the estimated nesting first exceeds `limit`, or undefined. */
export function yamlDepthBeyond(text: string, limit: number): number | undefined {
  const indents: number[] = []; // block levels open, by column
  let flow = 0; // flow collections open
  let quote: '"' | "'" | undefined;
  let blockScalarParent: number | undefined; // lines indented deeper than this belong to a block scalar
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) {
      lineEnd = text.length;
    }
    let i = lineStart;
    while (i < lineEnd && text[i] === " ") {
      i++;
    }
    const indent = i - lineStart;
    const blank = i >= lineEnd || text[i] === "\r" || text[i] === "#";
    if (blockScalarParent !== undefined && (blank || indent > blockScalarParent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParent = undefined;
    // at the start of a token: the next character may open a collection, a quoted scalar or a block scalar
    let tokenStart = true;
    if (quote === undefined && flow === 0 && !blank) {
      while (indents.length > 0 && (indents.at(-1) as number) >= indent) {
        indents.pop();
      }
      indents.push(indent);
      // `- - - x` and `? - x`: each indicator opens one more level
      while ((text[i] === "-" || text[i] === "?") && (i + 1 >= lineEnd || text[i + 1] === " ")) {
        i += 2;
        while (i < lineEnd && text[i] === " ") {
          i++;
        }
        indents.push(i - lineStart);
        if (indents.length > limit) {
          return i;
        }
      }
      if (indents.length > limit) {
        return i;
      }
    }
    for (; i < lineEnd; i++) {
      const ch = text[i];
      if (quote !== undefined) {
        if (ch === "\\" && quote === '"') {
          i++;
        } else if (ch === quote) {
          if (quote === "'" && text[i + 1] === "'") {
            i++;
          } else {
            quote = undefined;
            tokenStart = false;
          }
        }
        continue;
      }
      if (ch === " " || ch === "\t") {
        continue;
      }
      if (ch === "#" && (i === lineStart || text[i - 1] === " " || text[i - 1] === "\t")) {
        break;
      }
      if (tokenStart && (ch === '"' || ch === "'")) {
        quote = ch;
        continue;
      }
      if (ch === "[" || ch === "{") {
        if (tokenStart || flow > 0) {
          flow++;
          if (indents.length + flow > limit) {
            return i;
          }
          tokenStart = true;
          continue;
        }
      } else if ((ch === "]" || ch === "}") && flow > 0) {
        flow--;
      } else if (tokenStart && flow === 0 && (ch === "|" || ch === ">")) {
        blockScalarParent = indent;
        break;
      }
      // `:`, `,`, `-` and `?` followed by a space (or a flow indicator) start a new token; anything else is a scalar
      const next = text[i + 1];
      const separator = next === undefined || next === " " || next === "\t" || next === "\r" || i + 1 >= lineEnd;
      tokenStart =
        ((ch === ":" || ch === "-" || ch === "?") && (separator || (flow > 0 && (next === "[" || next === "{")))) ||
        (flow > 0 && (ch === "," || ch === "[" || ch === "{"));
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
