// Where the cursor is in a document as it is being typed, which often does not parse: the path of the mapping or
// field it is in, and whether a key, a value or a new sequence item is being written there. Block YAML is read by
// its indentation (the lines above the cursor), JSON by a tolerant scan of the text before the cursor.
import type { DocPath } from "../engine/summary/issue.js";

export interface CursorContext {
  /**
   * `key`: a key of the mapping at `path` is being written; `value`: the value of the field at `path`; `item`:
   * a new sequence item at `path`, either a value or the first key of a mapping.
   */
  readonly at: "key" | "value" | "item";
  readonly path: DocPath;
  /** What is typed of the key or value so far (quotes included), which a completion replaces. */
  readonly prefix: string;
  /** What a completion replaces after the cursor too: the rest of a JSON string, its closing quote included. */
  readonly suffix?: string;
}

interface YamlLine {
  /** Columns of the `- ` markers at the start of the line. */
  readonly dashes: readonly number[];
  /** Where the content after the markers starts. */
  readonly contentColumn: number;
  readonly content: string;
  /** The key when the content is `key:` or `key: value`. */
  readonly key?: string;
  /** `key:` or `-` with nothing after it: the value is on the following lines. */
  readonly opensBlock: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},:][^#]*?)\s*:(?:\s+(.*))?$/;

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  return key.startsWith("'") ? key.slice(1, -1).replaceAll("''", "'") : key;
}

/** A line's markers and content (undefined for blank and comment lines); `partial`: text before the cursor. */
function readYamlLine(raw: string, partial = false): YamlLine | undefined {
  const text = raw.replace(/\r$/, "");
  let column = text.length - text.trimStart().length;
  if (!partial && (column === text.length || text[column] === "#")) {
    return undefined;
  }
  const dashes: number[] = [];
  while (text[column] === "-" && (text[column + 1] === " " || (!partial && column + 1 === text.length))) {
    dashes.push(column);
    column++;
    while (text[column] === " ") {
      column++;
    }
  }
  const content = partial ? text.slice(column) : text.slice(column).replace(/\s+#.*$/, "");
  const match = KEY.exec(content);
  const key = match === null ? undefined : unquote(match[1] as string);
  const opensBlock = match === null ? content === "" : (match[2] ?? "").trim() === "";
  return { dashes, contentColumn: column, content, ...(key !== undefined ? { key } : {}), opensBlock };
}

class YamlLines {
  constructor(private readonly lines: readonly (YamlLine | undefined)[]) {}

  /** The path of the mapping that has a key at `column` on line `index`. */
  mappingWithKeyAt(index: number, column: number): DocPath {
    for (let k = index - 1; k >= 0; k--) {
      const line = this.lines[k];
      if (line === undefined) {
        continue;
      }
      const first = line.dashes[0] ?? line.contentColumn;
      if (line.dashes.length > 0 && line.contentColumn === column) {
        return this.itemAt(k, line.dashes.at(-1) as number); // `- key: ...`: the mapping is that item
      }
      if (first >= column) {
        continue; // a sibling key, or deeper content
      }
      if (line.key !== undefined && line.opensBlock) {
        return [...this.mappingWithKeyAt(k, line.contentColumn), line.key];
      }
      if (line.dashes.length > 0 && line.content === "") {
        return this.itemAt(k, line.dashes.at(-1) as number); // `-` alone, its mapping below
      }
      return [];
    }
    return [];
  }

  /** The path of the sequence item whose dash is at `column` on line `index` (its index last). */
  itemAt(index: number, column: number): DocPath {
    const own = this.lines[index];
    const at = own?.dashes.indexOf(column) ?? -1;
    if (own !== undefined && at > 0) {
      // `- - x`: a sequence that starts inside the item of the dash before; its first item
      return [...this.itemAt(index, own.dashes[at - 1] as number), 0];
    }
    let position = 0;
    for (let k = index - 1; k >= 0; k--) {
      const line = this.lines[k];
      if (line === undefined) {
        continue;
      }
      const first = line.dashes[0] ?? line.contentColumn;
      const dash = line.dashes.indexOf(column);
      if (dash === 0) {
        position++; // an earlier item of the same sequence
        continue;
      }
      if (dash > 0) {
        // `- - x` above: this sequence starts inside that line's outer item, with the item there as its first
        return [...this.itemAt(k, line.dashes[dash - 1] as number), position + 1];
      }
      if (first > column) {
        continue; // inside an earlier item
      }
      if (line.key !== undefined && line.opensBlock) {
        // `key:` above (the sequence may sit at the key's own column)
        return [...this.mappingWithKeyAt(k, line.contentColumn), line.key, position];
      }
      if (line.dashes.length > 0 && line.content === "") {
        return [...this.itemAt(k, line.dashes.at(-1) as number), position];
      }
      return [position];
    }
    return [position];
  }
}

/** The cursor's context in block YAML, from the lines above it and the text before it on its line (0-based). */
export function yamlCursor(text: string, line: number, character: number): CursorContext {
  const rawLines = text.split("\n");
  const lines: (YamlLine | undefined)[] = rawLines.slice(0, line).map((raw) => readYamlLine(raw));
  const current = readYamlLine((rawLines[line] ?? "").slice(0, character), true) as YamlLine;
  lines.push(current);
  const yaml = new YamlLines(lines);
  const container = current.dashes.length > 0 ? yaml.itemAt(line, current.dashes.at(-1) as number) : undefined;
  const match = KEY.exec(current.content);
  if (match !== null) {
    const parent = container ?? yaml.mappingWithKeyAt(line, current.contentColumn);
    return { at: "value", path: [...parent, unquote(match[1] as string)], prefix: (match[2] ?? "").trimStart() };
  }
  if (container !== undefined) {
    return { at: "item", path: container, prefix: current.content };
  }
  return { at: "key", path: yaml.mappingWithKeyAt(line, current.contentColumn), prefix: current.content };
}

interface JsonFrame {
  readonly kind: "object" | "array";
  /** Objects: the key whose value is being read; arrays: the item's index. */
  key?: string;
  index: number;
  /** Objects: a key comes next (before its colon). */
  expectingKey: boolean;
}

/** The cursor's context in JSON text (which may be incomplete), from the text before `offset`. */
export function jsonCursor(text: string, offset: number): CursorContext {
  const stack: JsonFrame[] = [];
  let openString: number | undefined;
  for (let i = 0; i < offset; i++) {
    const ch = text[i] as string;
    const top = stack.at(-1);
    if (ch === '"') {
      let end = i + 1;
      while (end < offset && text[end] !== '"') {
        end += text[end] === "\\" ? 2 : 1;
      }
      if (end >= offset) {
        openString = i; // the cursor is inside this string
        break;
      }
      if (top?.kind === "object" && top.expectingKey) {
        try {
          top.key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          top.key = text.slice(i + 1, end);
        }
      }
      i = end;
    } else if (ch === "{" || ch === "[") {
      stack.push({ kind: ch === "{" ? "object" : "array", index: 0, expectingKey: ch === "{" });
    } else if (ch === "}" || ch === "]") {
      stack.pop();
    } else if (ch === ":" && top?.kind === "object") {
      top.expectingKey = false;
    } else if (ch === "," && top !== undefined) {
      top.index++;
      if (top.kind === "object") {
        top.expectingKey = true;
        delete top.key;
      }
    }
  }
  let start = openString ?? offset;
  if (openString === undefined) {
    while (start > 0 && !/[\s{}[\],:"]/.test(text[start - 1] as string)) {
      start--;
    }
  }
  const prefix = text.slice(start, offset);
  const closing = openString === undefined ? -1 : (/^(?:[^"\\\n]|\\.)*"/.exec(text.slice(offset))?.[0].length ?? -1);
  const rest = closing > 0 ? { suffix: text.slice(offset, offset + closing) } : {};
  const path: (string | number)[] = stack.slice(0, -1).map((frame) => (frame.kind === "array" ? frame.index : (frame.key ?? "")));
  const top = stack.at(-1);
  if (top === undefined) {
    return { at: "value", path: [], prefix, ...rest };
  }
  if (top.kind === "array") {
    return { at: "item", path: [...path, top.index], prefix, ...rest };
  }
  return top.expectingKey ? { at: "key", path, prefix, ...rest } : { at: "value", path: [...path, top.key ?? ""], prefix, ...rest };
}
