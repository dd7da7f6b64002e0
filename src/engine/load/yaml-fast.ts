// A fast path for the YAML that resource descriptions are written in: block mappings and sequences (compact forms
// included), plain scalars on one or more lines, quoted scalars and flow collections on one or more lines (also as
// the whole document: JSON written as YAML), literal and folded block scalars, comments, CRLF, `%YAML 1.2`, anchors
// on values and aliases to them. For such text it returns exactly what yaml-full.ts returns (YAML 1.2 with the
// reference's plain scalars, yaml-scalars.ts; unique keys; an alias is the very value of its anchor, as `yaml`'s toJS makes it), and locates paths where `yaml` does;
// for anything else (tags, other directives, duplicate keys or anchors, anchors on keys, tabs, lone CRs, ...), or
// anything it is unsure of, it returns undefined, and the caller falls back to `yaml`, which also words the errors.
// The alias limit: the fast path counts alias expansions as `yaml` does, with an estimate of each anchor's weight
// that is never below `yaml`'s, and leaves a document that comes near the limit to `yaml` to accept or refuse.
// Why: the CLI validates one small file per process, and a cold `yaml` parse (its code compiled for the first
// time) costs about 20 ms of that process; this costs about 1 ms cold. test/load/yaml-fast.test.ts compares the two
// on every YAML file of the corpus, test/fuzz/yaml-fast.test.ts on generated and mutated documents.
// Browser-safe.

import { DEFAULT_DOCUMENT_LIMITS } from "./limits.js";
import { LinePositions } from "./line-positions.js";
import { locatedAt, type NodeLocator, type NodeOffsets } from "./located-node.js";
import { resolvePlainScalar as resolveRuyamlScalar, resolvesToItself } from "./yaml-scalars.js";
import { placed, PyNumberLiteral } from "../py-numbers.js";

/** Thrown (without a stack) to give up; caught only by `parseYamlFast`. */
const UNSUPPORTED: unique symbol = Symbol("unsupported");

function unsupported(): never {
  throw UNSUPPORTED;
}

/** Deeper documents take the full parser, which has the depth guards. */
const MAX_DEPTH = 128;
/** No collection in a value the fast path returns without aliases is deeper than this (the root is at 0). */
export const FAST_YAML_MAX_NESTING = MAX_DEPTH + 2;
/** YAML limits implicit keys to 1024 characters. */
const MAX_KEY_LENGTH = 1000;
/** Everything but LF below 0x20, DEL, C1, BOM and the Unicode line separators: tabs, lone CRs and friends go the slow way. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const AWKWARD_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** Characters that may not start a plain scalar (YAML's c-indicator), plus `-`, `?` and `:`, which only may. */
const INDICATORS = new Set(["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`"]);

/** A plain scalar's value as the reference's loader reads it (yaml-scalars.ts); what it cannot construct goes to `yaml`. */
function resolvePlainScalar(text: string): unknown {
  try {
    return resolveRuyamlScalar(text);
  } catch {
    return unsupported(); // yaml-full.ts words the error
  }
}

/** Whether `text` can be written as a plain scalar that YAML reads back as this very string (one line). */
export function isPlainString(text: string): boolean {
  const first = text[0];
  return (
    first !== undefined &&
    first !== " " &&
    !text.endsWith(" ") &&
    !text.endsWith(":") &&
    !text.includes("\n") &&
    !AWKWARD_CHARACTERS.test(text) &&
    !(INDICATORS.has(first) && !(first === "-" && text.length > 1 && text[1] !== " ")) &&
    !text.includes(": ") &&
    !text.includes(" #") &&
    resolvesToItself(text)
  );
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\u0007",
  b: "\b",
  t: "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\u001b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_ESCAPE_LENGTHS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * The content of a quoted scalar from `from` up to its closing `quote` or the end of the line:
 * [value, offset after the closing quote or of the line's end, whether it closed].
 */
function scanQuoted(text: string, from: number, quote: string): [string, number, boolean] {
  let value = "";
  let start = from;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === "\n") {
      return [value + text.slice(start, j), j, false];
    }
    if (c === quote) {
      if (quote === "'" && text[j + 1] === "'") {
        value += text.slice(start, j + 1);
        start = j + 2;
        j++;
        continue;
      }
      return [value + text.slice(start, j), j + 1, true];
    }
    if (c !== "\\" || quote === "'") {
      continue;
    }
    value += text.slice(start, j);
    const code = text[j + 1] ?? unsupported();
    const simple = SIMPLE_ESCAPES[code];
    if (simple !== undefined) {
      value += simple;
      j += 1;
    } else {
      const length = HEX_ESCAPE_LENGTHS[code] ?? unsupported();
      const hex = text.slice(j + 2, j + 2 + length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) {
        unsupported();
      }
      const point = parseInt(hex, 16);
      if (point > 0x10ffff) {
        unsupported();
      }
      value += String.fromCodePoint(point);
      j += 1 + length;
    }
    start = j + 1;
  }
  return [value + text.slice(start), text.length, false];
}

/** A quoted scalar that starts at `start` and closes on the same line: [value, offset after the closing quote]. */
function quotedScalar(text: string, start: number): [string, number] {
  const [value, end, closed] = scanQuoted(text, start + 1, text[start] as string);
  if (!closed) {
    unsupported();
  }
  return [value, end];
}

/**
 * A quoted scalar whose opening quote is at `start`, closed on that line or a later one, each indented deeper than
 * `parentIndent`: [value, offset after the closing quote]. Its lines are folded: a line break between two lines
 * becomes a space, n blank lines n line breaks; the spaces around a break go. A `\\` before a break or before the
 * spaces at a line's end (an escaped break or space) is left to `yaml`.
 */
function foldedQuoted(text: string, start: number, parentIndent: number): [string, number] {
  const quote = text[start] as string;
  let [value, end, closed] = scanQuoted(text, start + 1, quote);
  if (closed) {
    return [value, end];
  }
  value = withoutTrailingSpaces(text, value, end);
  let blankLines = 0;
  while (end < text.length) {
    const lineStart = end + 1;
    const contentStart = skipSpaces(text, lineStart);
    if (text[contentStart] === "\n") {
      blankLines++;
      end = contentStart;
      continue;
    }
    if (contentStart - lineStart <= parentIndent || contentStart === text.length) {
      unsupported();
    }
    let segment: string;
    [segment, end, closed] = scanQuoted(text, contentStart, quote);
    const piece = closed ? segment : withoutTrailingSpaces(text, segment, end);
    value += (blankLines > 0 ? "\n".repeat(blankLines) : " ") + piece;
    blankLines = 0;
    if (closed) {
      return [value, end];
    }
  }
  return unsupported();
}

/** A quoted scalar's `segment` of a line that ends at `lineEnd`, without the line's trailing spaces. */
function withoutTrailingSpaces(text: string, segment: string, lineEnd: number): string {
  let spaces = 0;
  while (text[lineEnd - 1 - spaces] === " ") {
    spaces++;
  }
  if (text[lineEnd - 1 - spaces] === "\\") {
    unsupported(); // an escaped break, or an escaped space before plain ones
  }
  return segment.slice(0, segment.length - spaces);
}

/** What may follow a complete scalar or flow collection on its line: spaces, then maybe a comment. */
function expectLineEnd(line: string, from: number): void {
  if (from < line.length && !/^ +(?:#.*)?$/.test(line.slice(from))) {
    unsupported();
  }
}

/** One line of a plain scalar in block context: [its text, whether a comment ends it]. */
function plainLine(line: string): [string, boolean] {
  const comment = line.indexOf(" #");
  const text = trimSpacesEnd(comment < 0 ? line : line.slice(0, comment));
  if (text.includes(": ") || text.endsWith(":") || OTHER_WHITE_SPACE_AT_END.test(text)) {
    unsupported();
  }
  return [text, comment >= 0];
}

/**
 * White space that YAML keeps at the end of a plain scalar (it is not a space) but that `yaml` leaves out of the
 * scalar's span: such scalars go the slow way.
 */
const OTHER_WHITE_SPACE_AT_END = /\s$/;

/** `text` without trailing spaces: YAML's white space is spaces and tabs (tabs go the slow way), not JS's \s. */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (text[end - 1] === " ") {
    end--;
  }
  return text.slice(0, end);
}

function skipSpaces(line: string, from: number): number {
  let j = from;
  while (line[j] === " ") {
    j++;
  }
  return j;
}

function isSequenceEntry(body: string): boolean {
  return body === "-" || body.startsWith("- ");
}

/** Where a block mapping key on this line ends (the offset after its `:`), or -1 when the line is not `key: ...`. */
function keyEnd(body: string): number {
  const first = body[0];
  if (first === '"' || first === "'") {
    let end: number;
    try {
      end = quotedScalar(body, 0)[1];
    } catch {
      return -1;
    }
    end = skipSpaces(body, end);
    return body[end] === ":" && (end + 1 === body.length || body[end + 1] === " ") ? end + 1 : -1;
  }
  if (first === undefined || INDICATORS.has(first)) {
    return -1; // `[a: b]`, `{a: b}`, `&anchor a: b`, ...: not a plain key
  }
  for (let colon = body.indexOf(":"); colon >= 0; colon = body.indexOf(":", colon + 1)) {
    if (colon + 1 === body.length || body[colon + 1] === " ") {
      return colon + 1;
    }
  }
  return -1;
}

function setEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__" || Object.hasOwn(target, key)) {
    unsupported();
  }
  // (an integral float or a big int goes in as its number, its Python kind noted: py-numbers.ts)
  target[key] = placed(target, key, value);
}

function pushItem(items: unknown[], value: unknown): void {
  items.push(placed(items, items.length, value));
}

/** What an anchor's and an alias's name may hold here (YAML allows more: such names go the slow way). */
const ANCHOR_NAME = /[A-Za-z0-9_.-]/;

/** The name of an anchor or alias whose `&`/`*` is before `from`: [name, offset after it]. */
function anchorName(text: string, from: number): [string, number] {
  let end = from;
  while (end < text.length && ANCHOR_NAME.test(text[end] as string)) {
    end++;
  }
  if (end === from) {
    unsupported();
  }
  return [text.slice(from, end), end];
}

/** An anchored node, as `yaml` keeps account of it while it expands aliases (its Alias.resolve). */
interface Anchor {
  value: unknown;
  complete: boolean;
  /** The anchored node's own use and one per alias to it. */
  count: number;
  /** The node's weight, set on its first alias: `yaml`'s getAliasCount, or more (see `alias`). */
  aliasCount: number;
  /** The anchors aliased inside the node. */
  inner: readonly Anchor[];
}

/** The anchors of one document and the aliases to them, with `yaml`'s alias limit. */
class Anchors {
  private readonly byName = new Map<string, Anchor>();
  /** Every alias resolved so far, in document order: an anchored node's inner ones are those after its start. */
  private readonly resolved: Anchor[] = [];

  /** @param maxAliasCount the limit of yaml-full.ts (negative: none) */
  constructor(private readonly maxAliasCount: number) {}

  /** Whether an alias was resolved (the value may then share nodes, and nest deeper than the text does). */
  get used(): boolean {
    return this.resolved.length > 0;
  }

  /** The node `read` returns, anchored as `name`. */
  define<T>(name: string, read: () => T, valueOf: (result: T) => unknown): T {
    if (this.byName.has(name)) {
      unsupported(); // `yaml` resolves a redefined anchor by the order of nodes, not of their ends
    }
    const anchor: Anchor = { value: undefined, complete: false, count: 1, aliasCount: 0, inner: [] };
    this.byName.set(name, anchor);
    const from = this.resolved.length;
    const result = read();
    anchor.value = valueOf(result);
    anchor.inner = this.resolved.slice(from);
    anchor.complete = true;
    return result;
  }

  /** The value anchored as `name` (the same object: `yaml`'s toJS shares it too). */
  alias(name: string): unknown {
    const anchor = this.byName.get(name);
    if (anchor === undefined || !anchor.complete) {
      unsupported(); // no such anchor, or an alias inside its own anchor's node (a cycle)
    }
    this.resolved.push(anchor);
    if (this.maxAliasCount >= 0) {
      anchor.count++;
      // `yaml`'s weight of a node: 1 for a scalar; for a collection the largest of 1 per scalar in it and
      // count x weight per alias in it (0 without either). 1 at least here, so never below `yaml`'s: a document
      // `yaml` refuses is never accepted here, and one near the limit is left to `yaml`
      anchor.aliasCount ||= anchor.inner.reduce((max, inner) => Math.max(max, inner.count * inner.aliasCount), 1);
      // `yaml` counts the anchored node as its first use: yaml-full.ts allows one more
      if (anchor.count * anchor.aliasCount > this.maxAliasCount + 1) {
        unsupported();
      }
    }
    return anchor.value;
  }
}

class FastYamlParser {
  private readonly lines: string[];
  /** Per line: columns of leading spaces and the rest. Compact entries (`- key: v`) rewrite their line's pair. */
  private readonly indents: number[];
  private readonly bodies: string[];
  private line = 0;
  private lineOffsets: LinePositions | undefined;

  /** @param positions receives for each mapping its entries' offsets and for each sequence its items' offsets */
  constructor(
    private readonly text: string,
    private readonly anchors: Anchors,
    private readonly positions: PositionTable,
  ) {
    this.lines = text.split("\n");
    this.indents = new Array<number>(this.lines.length);
    this.bodies = new Array<string>(this.lines.length);
    for (let i = 0; i < this.lines.length; i++) {
      const raw = this.lines[i] as string;
      const indent = skipSpaces(raw, 0);
      this.indents[i] = indent;
      this.bodies[i] = raw.slice(indent);
    }
  }

  document(): unknown {
    this.skipInsignificant();
    // the version this parser reads anyway, as bioimageio.spec writes it
    if (/^%YAML 1\.2 *$/.test(this.lines[this.line] ?? "")) {
      this.line++;
      this.skipInsignificant();
      if (this.bodies[this.line] !== "---" || this.indent() !== 0) {
        unsupported();
      }
    }
    if (this.bodies[this.line] === "---" && this.indent() === 0) {
      this.line++;
      this.skipInsignificant();
    }
    if (this.line >= this.lines.length || this.indent() !== 0) {
      unsupported();
    }
    // document markers and directives (`---`, `...`, `%`) anywhere else: the full parser's business
    for (let i = this.line; i < this.lines.length; i++) {
      const raw = this.lines[i] as string;
      if (/^(?:---|\.\.\.)(?: |$)/.test(raw) || raw.startsWith("%")) {
        unsupported();
      }
    }
    this.rootOffset = this.offset(0);
    const first = this.body()[0];
    // JSON written as YAML: a flow collection whose lines may start at column 0
    const value = first === "[" || first === "{" ? this.flowCollectionLines(this.body(), -1, 0) : this.blockNode(0, 0);
    this.skipInsignificant();
    if (this.line < this.lines.length) {
      unsupported();
    }
    return value;
  }

  rootOffset = 0;
  /** Where the value parsed last ends (after its last character). */
  end = 0;

  /** The offset of `column` on the current line. */
  private offset(column: number): number {
    return (this.lineStarts()[this.line] as number) + column;
  }

  private indent(): number {
    return this.indents[this.line] as number;
  }

  private body(): string {
    return this.bodies[this.line] as string;
  }

  /** Past blank and comment-only lines. */
  private skipInsignificant(): void {
    while (this.line < this.lines.length) {
      const body = this.body();
      if (body !== "" && body[0] !== "#") {
        return;
      }
      this.line++;
    }
  }

  /** The sequence or mapping that starts on the current line at column `indent`. */
  private blockNode(indent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      unsupported();
    }
    return isSequenceEntry(this.body()) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  private sequence(indent: number, depth: number): unknown[] {
    const items: unknown[] = [];
    const offsets: NodeOffsets[] = [];
    this.positions.set(items, offsets);
    for (;;) {
      this.skipInsignificant();
      if (this.line >= this.lines.length || this.indent() < indent) {
        return items;
      }
      const body = this.body();
      if (this.indent() > indent) {
        unsupported();
      }
      if (!isSequenceEntry(body)) {
        return items; // the caller decides whether that line may follow
      }
      const contentStart = skipSpaces(body, 1);
      const content = body.slice(contentStart);
      this.end = this.offset(indent + contentStart);
      const spot: NodeOffsets = { keyStart: -1, keyEnd: -1, valueStart: this.end, valueEnd: this.end };
      offsets.push(spot);
      if (content === "" || content[0] === "#") {
        this.line++;
        pushItem(items, this.valueOnNextLines(indent, false, depth, spot));
      } else if (isSequenceEntry(content) || keyEnd(content) >= 0) {
        // compact: `- - x` or `- key: value`, a node whose column is where its content starts
        const column = indent + contentStart;
        this.indents[this.line] = column;
        this.bodies[this.line] = content;
        pushItem(items, this.blockNode(column, depth + 1));
      } else if (content[0] === "&") {
        pushItem(items, this.anchored(content, indent, false, depth, spot));
      } else {
        pushItem(items, this.inlineValue(content, indent, depth));
      }
      spot.valueEnd = this.end;
    }
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const entries: Record<string, unknown> = {};
    const offsets = new Map<string, NodeOffsets>();
    this.positions.set(entries, offsets);
    for (;;) {
      this.skipInsignificant();
      if (this.line >= this.lines.length || this.indent() < indent) {
        return entries;
      }
      if (this.indent() > indent) {
        unsupported();
      }
      const body = this.body();
      const end = keyEnd(body);
      if (end < 0) {
        unsupported();
      }
      const key = this.key(body, end);
      const valueColumn = skipSpaces(body, end);
      const rest = body.slice(valueColumn);
      this.end = this.offset(indent + valueColumn);
      const keyStart = this.offset(indent);
      const first = body[0];
      const keyLength = first === '"' || first === "'" ? quotedScalar(body, 0)[1] : trimSpacesEnd(body.slice(0, end - 1)).length;
      const spot: NodeOffsets = { keyStart, keyEnd: keyStart + keyLength, valueStart: this.end, valueEnd: this.end };
      offsets.set(key, spot);
      if (rest === "" || rest[0] === "#") {
        this.line++;
        setEntry(entries, key, this.valueOnNextLines(indent, true, depth, spot));
      } else if (rest[0] === "&") {
        setEntry(entries, key, this.anchored(rest, indent, true, depth, spot));
      } else {
        setEntry(entries, key, this.inlineValue(rest, indent, depth));
      }
      spot.valueEnd = this.end;
    }
  }

  private key(body: string, end: number): string {
    const first = body[0] as string;
    if (first === '"' || first === "'") {
      return quotedScalar(body, 0)[0];
    }
    const raw = body.slice(0, end - 1);
    if (INDICATORS.has(first) || raw.includes(" #") || raw.length > MAX_KEY_LENGTH) {
      unsupported();
    }
    const key = trimSpacesEnd(raw);
    if (OTHER_WHITE_SPACE_AT_END.test(key)) {
      unsupported();
    }
    // keys that resolve to numbers, booleans or null become strings in JS: rare enough to leave to `yaml`
    // (a plain `=` is a string as a key, an error as a value: yaml-scalars.ts)
    if (key !== "=" && (resolvePlainScalar(key) !== key || key === "<<")) {
      unsupported();
    }
    return key;
  }

  /**
   * The value of `key:` or `-` with nothing after it: a node on the next lines (`spot` learns where it starts), or
   * null.
   */
  private valueOnNextLines(parentIndent: number, inMapping: boolean, depth: number, spot: NodeOffsets): unknown {
    const after = this.line;
    this.skipInsignificant();
    if (this.line >= this.lines.length) {
      return null;
    }
    const indent = this.indent();
    const body = this.body();
    if (indent > parentIndent) {
      spot.valueStart = this.offset(indent);
      if (body[0] === "[" || body[0] === "{") {
        return this.flowCollectionLines(body, parentIndent, depth);
      }
      if (isSequenceEntry(body) || keyEnd(body) >= 0) {
        return this.blockNode(indent, depth + 1);
      }
      if (body[0] === "|" || body[0] === ">") {
        unsupported();
      }
      if (!INDICATORS.has(body[0] as string) && this.bodies.slice(after, this.line).some((skipped) => skipped[0] === "#")) {
        unsupported(); // `yaml` reads a plain scalar after a comment line on its own terms (`k:\n#c\n x\nb: 1` fails)
      }
      return this.inlineValue(body, parentIndent, depth); // a scalar on the next line
    }
    if (inMapping && indent === parentIndent && isSequenceEntry(body)) {
      spot.valueStart = this.offset(indent);
      return this.sequence(indent, depth + 1); // `key:` followed by `- item` at the key's column
    }
    return null;
  }

  /**
   * The value after `key:` or `- ` (`content`, the rest of the current line) that starts with an anchor: a value
   * on the same line, or a collection on the next lines. Its span (`spot`) starts after the anchor, as `yaml`'s.
   */
  private anchored(content: string, parentIndent: number, inMapping: boolean, depth: number, spot: NodeOffsets): unknown {
    const [name, nameEnd] = anchorName(content, 1);
    if (nameEnd < content.length && content[nameEnd] !== " ") {
      unsupported();
    }
    const rest = content.slice(skipSpaces(content, nameEnd));
    if (rest === "" || rest[0] === "#") {
      let next = this.line + 1;
      while (next < this.lines.length && (this.bodies[next] === "" || this.bodies[next]?.[0] === "#")) {
        next++;
      }
      const body = this.bodies[next] ?? "";
      const indent = this.indents[next] as number;
      const collection =
        (indent > parentIndent && (isSequenceEntry(body) || keyEnd(body) >= 0 || body[0] === "[" || body[0] === "{")) ||
        (inMapping && indent === parentIndent && isSequenceEntry(body));
      if (!collection) {
        unsupported(); // an empty node, or a scalar on the next lines
      }
      this.line++;
      return this.anchors.define(
        name,
        () => this.valueOnNextLines(parentIndent, inMapping, depth, spot),
        (value) => value,
      );
    }
    if ("&*!|>".includes(rest[0] as string) || isSequenceEntry(rest) || keyEnd(rest) >= 0) {
      unsupported(); // a second property, an alias, a block scalar, or a compact collection (is the anchor its key's?)
    }
    spot.valueStart = this.contentOffset(rest);
    return this.anchors.define(
      name,
      () => this.inlineValue(rest, parentIndent, depth),
      (value) => value,
    );
  }

  /** A value that starts on the current line after `key:` or `- `; consumes its lines. */
  private inlineValue(content: string, parentIndent: number, depth: number): unknown {
    const first = content[0] as string;
    if (first === "|" || first === ">") {
      return this.blockScalar(content, parentIndent);
    }
    let value: unknown;
    const start = this.contentOffset(content);
    if (first === '"' || first === "'") {
      const [text, end, closed] = scanQuoted(content, 1, first);
      if (!closed) {
        return this.multiLineQuoted(content, parentIndent);
      }
      expectLineEnd(content, end);
      value = text;
      this.end = start + end;
    } else if (first === "[" || first === "{") {
      return this.flowCollectionLines(content, parentIndent, depth);
    } else if (first === "*") {
      const [name, end] = anchorName(content, 1);
      expectLineEnd(content, end);
      value = this.anchors.alias(name);
      this.end = start + end;
    } else {
      if (INDICATORS.has(first) && !(first === "-" && content.length > 1 && content[1] !== " ")) {
        unsupported();
      }
      return this.plainScalar(content, parentIndent);
    }
    this.line++;
    this.expectNoContinuation(parentIndent);
    return value;
  }

  /**
   * A plain scalar that starts on the current line with `content` and may go on over lines indented deeper than
   * `parentIndent` (folded: a line break between two lines becomes a space, n blank lines n line breaks). A
   * comment ends it; continuation lines that start with an indicator or hold `: ` are left to `yaml`.
   */
  private plainScalar(content: string, parentIndent: number): unknown {
    let [text, ended] = plainLine(content);
    this.end = this.contentOffset(content) + text.length;
    for (this.line++; !ended;) {
      let next = this.line;
      while (next < this.lines.length && this.bodies[next] === "") {
        next++;
      }
      const body = this.bodies[next];
      if (body === undefined || (this.indents[next] as number) <= parentIndent || body[0] === "#") {
        break;
      }
      if (INDICATORS.has(body[0] as string)) {
        unsupported();
      }
      const [more, comment] = plainLine(body);
      this.end = (this.lineStarts()[next] as number) + (this.indents[next] as number) + more.length;
      text += (next - this.line > 0 ? "\n".repeat(next - this.line) : " ") + more;
      ended = comment;
      this.line = next + 1;
    }
    this.expectNoContinuation(parentIndent);
    // (folded, it holds a space or a break: a string, or a timestamp whose time follows a line break)
    return resolvePlainScalar(text);
  }

  /** A quoted scalar that goes on past the current line (foldedQuoted); consumes its lines. */
  private multiLineQuoted(content: string, parentIndent: number): string {
    const [value, end] = foldedQuoted(this.text, this.contentOffset(content), parentIndent);
    this.endValueAt(end, parentIndent);
    return value;
  }

  /** After a value that ends at offset `end`: the rest of its line must be spaces or a comment; no continuation. */
  private endValueAt(end: number, parentIndent: number): void {
    const lineStart = this.lineStarts();
    while (this.line + 1 < this.lines.length && (lineStart[this.line + 1] as number) <= end) {
      this.line++;
    }
    expectLineEnd(this.lines[this.line] as string, end - (lineStart[this.line] as number));
    this.end = end;
    this.line++;
    this.expectNoContinuation(parentIndent);
  }

  /** A more indented line next would continue a multi-line scalar (or be an error); comment lines may come first. */
  private expectNoContinuation(parentIndent: number): void {
    let next = this.line;
    while (next < this.lines.length && (this.bodies[next] === "" || this.bodies[next]?.[0] === "#")) {
      next++;
    }
    if (next < this.lines.length && (this.indents[next] as number) > parentIndent) {
      unsupported();
    }
  }

  /**
   * A flow collection that starts with `content` (the end of the current line) and may span lines, each
   * indented deeper than `parentIndent`; consumes its lines.
   */
  private flowCollectionLines(content: string, parentIndent: number, depth: number): unknown {
    const flow = new FlowParser(this.text, parentIndent, this.anchors, this.positions);
    const [value, end] = flow.collection(this.contentOffset(content), depth + 1);
    this.endValueAt(end, parentIndent);
    return value;
  }

  /** The offset of `content`, the rest of the current line. */
  private contentOffset(content: string): number {
    return (this.lineStarts()[this.line] as number) + (this.lines[this.line] as string).length - content.length;
  }

  private lineStarts(): readonly number[] {
    return this.linePositions().starts;
  }

  /** Offsets as line and column (the text's line starts are the parser's lines). */
  linePositions(): LinePositions {
    this.lineOffsets ??= new LinePositions(this.text);
    return this.lineOffsets;
  }

  /** `|` or `>` with an optional chomping indicator; the content lines follow. */
  private blockScalar(header: string, parentIndent: number): string {
    let at = 1;
    const chomping = header[at] === "-" ? "strip" : header[at] === "+" ? "keep" : "clip";
    if (chomping !== "clip") {
      at++;
    }
    expectLineEnd(header, at);
    this.line++;
    let contentIndent = -1;
    const content: string[] = [];
    let trailingBlank = 0;
    let lastContentLine = -1;
    for (; this.line < this.lines.length; this.line++) {
      const raw = this.lines[this.line] as string;
      const indent = this.indents[this.line] as number;
      if (this.bodies[this.line] === "") {
        if (raw.length > (contentIndent < 0 ? parentIndent + 1 : contentIndent)) {
          unsupported(); // a blank line with more spaces than the indentation: content of spaces
        }
        trailingBlank++;
        continue;
      }
      if (contentIndent < 0) {
        if (indent <= parentIndent) {
          break;
        }
        contentIndent = indent;
      } else if (indent < contentIndent) {
        break;
      }
      for (; trailingBlank > 0; trailingBlank--) {
        content.push("");
      }
      content.push(raw.slice(contentIndent));
      lastContentLine = this.line;
    }
    if (contentIndent < 0 || (this.line === this.lines.length && trailingBlank === 0)) {
      unsupported(); // empty, or the last line of a file without a final newline
    }
    if (this.line === this.lines.length) {
      trailingBlank--; // the empty string after the file's final newline is not a line
    }
    // the span ends at the last character that is not YAML white space (JS's trimEnd would also drop U+3000, content)
    this.end = (this.lineStarts()[lastContentLine] as number) + (this.lines[lastContentLine] as string).replace(/[ \t\r]+$/, "").length;
    let text: string;
    if (header[0] === "|") {
      text = content.join("\n");
    } else {
      if (content[0] === "") {
        unsupported(); // leading blank lines of a folded scalar
      }
      text = "";
      let blankRun = -1; // -1 before the first line
      for (const line of content) {
        if (line === "") {
          blankRun++;
          continue;
        }
        if (line[0] === " ") {
          unsupported(); // more-indented lines keep their breaks in folded scalars
        }
        text += blankRun < 0 ? line : blankRun === 0 ? ` ${line}` : "\n".repeat(blankRun) + line;
        blankRun = 0;
      }
    }
    return chomping === "strip" ? text : chomping === "clip" ? `${text}\n` : `${text}\n${"\n".repeat(trailingBlank)}`;
  }
}

/** Where a line's part of a plain scalar in a flow collection ends: at `,`, a bracket or the line's end. */
function flowPlainEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !",[]{}\n".includes(text[end] as string)) {
    end++;
  }
  return end;
}

/**
 * A plain scalar inside a flow collection, without what would make it anything else: an indicator first, a `:`
 * before a space or at its end (a key), ` #` (a comment). `:` before anything else stays (`https://...`).
 */
function flowPlain(raw: string): string {
  const text = trimSpacesEnd(raw.slice(skipSpaces(raw, 0)));
  const first = text[0];
  if (
    first === undefined ||
    (INDICATORS.has(first) && !(first === "-" && text.length > 1 && text[1] !== " ")) ||
    /:(?: |$)| #/.test(text) ||
    OTHER_WHITE_SPACE_AT_END.test(text)
  ) {
    unsupported();
  }
  return text;
}

/**
 * Flow collections (`[a, b]`, `{a: 1}`), which may span lines: every line they continue on must be indented
 * deeper than the block node that holds them. Scalars inside stay on one line; comments may follow whitespace.
 */
class FlowParser {
  /** Where the node parsed last ends (after its last character). */
  end = 0;
  /** Where the node parsed last starts (after its anchor). */
  start = 0;

  constructor(
    private readonly text: string,
    private readonly parentIndent: number,
    private readonly anchors: Anchors,
    private readonly positions: PositionTable,
  ) {}

  /** The collection whose bracket is at `start`: [value, offset after its closing bracket]. */
  collection(start: number, depth: number): [unknown, number] {
    if (depth > MAX_DEPTH) {
      unsupported();
    }
    const text = this.text;
    const isSequence = text[start] === "[";
    const close = isSequence ? "]" : "}";
    const items: unknown[] = [];
    const entries: Record<string, unknown> = {};
    const itemOffsets: NodeOffsets[] = [];
    const keyOffsets = new Map<string, NodeOffsets>();
    this.positions.set(isSequence ? items : entries, isSequence ? itemOffsets : keyOffsets);
    let j = this.skipSpace(start + 1);
    if (text[j] === close) {
      this.end = j + 1;
      return [isSequence ? items : entries, j + 1];
    }
    for (;;) {
      if (isSequence) {
        const [value, end] = this.node(j, depth);
        pushItem(items, value);
        itemOffsets.push({ keyStart: -1, keyEnd: -1, valueStart: this.start, valueEnd: this.end });
        j = this.skipSpace(end);
      } else {
        let key: string;
        const keyStart = j;
        let keyEnd: number;
        if (text[j] === '"' || text[j] === "'") {
          [key, j] = quotedScalar(text, j);
          keyEnd = j;
        } else {
          let colon = j;
          while (colon < text.length && !":,[]{}\n".includes(text[colon] as string)) {
            colon++;
          }
          key = flowPlain(text.slice(j, colon));
          if (key !== "=" && resolvePlainScalar(key) !== key) {
            unsupported();
          }
          keyEnd = keyStart + trimSpacesEnd(text.slice(j, colon)).length;
          j = colon;
        }
        j = skipSpaces(text, j);
        if (text[j] !== ":" || text[j + 1] !== " ") {
          unsupported();
        }
        j = skipSpaces(text, j + 1);
        if (text[j] === "\n" || text[j] === "#") {
          unsupported(); // the value on the next line
        }
        const [value, end] = this.node(j, depth);
        setEntry(entries, key, value);
        keyOffsets.set(key, { keyStart, keyEnd, valueStart: this.start, valueEnd: this.end });
        j = this.skipSpace(end);
      }
      if (text[j] === close) {
        this.end = j + 1;
        return [isSequence ? items : entries, j + 1];
      }
      if (text[j] !== ",") {
        unsupported();
      }
      j = this.skipSpace(j + 1);
      if (text[j] === close) {
        this.end = j + 1;
        return [isSequence ? items : entries, j + 1]; // a trailing comma
      }
    }
  }

  /** The node at `start`: [value, offset after it]; `start` and `end` say where its value is. */
  private node(start: number, depth: number): [unknown, number] {
    const text = this.text;
    const first = text[start];
    if (first === "&") {
      return this.anchored(start, depth);
    }
    let node: [unknown, number];
    if (first === "[" || first === "{") {
      node = this.collection(start, depth + 1);
    } else if (first === '"' || first === "'") {
      node = foldedQuoted(text, start, this.parentIndent);
      this.end = node[1];
    } else if (first === "*") {
      const [name, end] = anchorName(text, start + 1);
      if (end < text.length && !" ,]}\n".includes(text[end] as string)) {
        unsupported();
      }
      node = [this.anchors.alias(name), end];
      this.end = end;
    } else {
      node = this.plain(start);
    }
    this.start = start;
    return node;
  }

  /** A node with an anchor at `start`, on the same line (its span starts after the anchor, as `yaml`'s). */
  private anchored(start: number, depth: number): [unknown, number] {
    const text = this.text;
    const [name, nameEnd] = anchorName(text, start + 1);
    const at = skipSpaces(text, nameEnd);
    if (at === nameEnd || at === text.length || "&*!,]}#\n".includes(text[at] as string)) {
      unsupported(); // an empty node, a second property or an alias
    }
    return this.anchors.define(
      name,
      () => this.node(at, depth),
      ([value]) => value,
    );
  }
  /**
   * A plain scalar, which may go on over lines (folded as in foldedQuoted) that do not start with an indicator;
   * `,`, a bracket, a line break before one of `,]}#`, or the end of the text ends it.
   */
  private plain(start: number): [unknown, number] {
    const text = this.text;
    let end = flowPlainEnd(text, start);
    let value = flowPlain(text.slice(start, end));
    this.end = start + value.length;
    let blankLines = 0;
    while (text[end] === "\n") {
      const lineStart = end + 1;
      const contentStart = skipSpaces(text, lineStart);
      const next = text[contentStart];
      if (next === "\n") {
        blankLines++;
        end = contentStart;
        continue;
      }
      if (next === undefined || ",]}#".includes(next)) {
        break;
      }
      if (contentStart - lineStart <= this.parentIndent || INDICATORS.has(next)) {
        unsupported();
      }
      const segmentEnd = flowPlainEnd(text, contentStart);
      const segment = flowPlain(text.slice(contentStart, segmentEnd));
      this.end = contentStart + segment.length;
      value += (blankLines > 0 ? "\n".repeat(blankLines) : " ") + segment;
      blankLines = 0;
      end = segmentEnd;
    }
    return [resolvePlainScalar(value), end];
  }

  /** Past spaces, line breaks (onto lines indented deeper than the parent, or blank ones) and comments. */
  private skipSpace(from: number): number {
    const text = this.text;
    let j = from;
    for (;;) {
      const c = text[j];
      if (c === " ") {
        j++;
      } else if (c === "\n") {
        const indentEnd = skipSpaces(text, j + 1);
        const next = text[indentEnd];
        if (next !== "\n" && next !== undefined && indentEnd - (j + 1) <= this.parentIndent) {
          unsupported();
        }
        j = indentEnd;
      } else if (c === "#" && (text[j - 1] === " " || text[j - 1] === "\n")) {
        const eol = text.indexOf("\n", j);
        j = eol < 0 ? text.length : eol;
      } else {
        return j;
      }
    }
  }
}

/**
 * Per mapping its entries' offsets, per sequence its items' offsets. (A Map, not a WeakMap: it lives as long as
 * the locator, which holds the value anyway, and weak maps cost the garbage collector.)
 */
type PositionTable = Map<object, Map<string, NodeOffsets> | NodeOffsets[]>;

function run<T>(source: string, read: (text: string) => T): T | undefined {
  // CRLF is a line break like LF (positions stay: a CR ends its line); a CR on its own is left to `yaml`
  const text = source.includes("\r\n") ? source.replaceAll("\r\n", "\n") : source;
  if (AWKWARD_CHARACTERS.test(text)) {
    return undefined;
  }
  try {
    return read(text);
  } catch (error) {
    if (error === UNSUPPORTED) {
      return undefined;
    }
    throw error;
  }
}

/**
 * The value of YAML text when it stays within the fast path's subset, else undefined (use the full parser).
 * `maxAliasCount`: the limit on alias expansions (DocumentLimits'); negative: none. `aliased`: whether the value
 * came out of aliases too (it may share nodes). parseYamlFastLocated's parse, without its locator.
 */
export function parseYamlFast(
  source: string,
  maxAliasCount = DEFAULT_DOCUMENT_LIMITS.maxAliasCount,
): { value: unknown; aliased: boolean } | undefined {
  const parsed = parseYamlFastLocated(source, maxAliasCount);
  return parsed && { value: parsed.value, aliased: parsed.aliased };
}

/**
 * parseYamlFast with a locator: where each path is, as `yaml` locates it (a mapping entry at its key, a sequence
 * item where it starts; a path that does not exist at its deepest existing ancestor), with the spans of its key
 * and value (located-node.ts). One parse keeping positions: cheaper than parsing again for documents with
 * something to report (in bulk validation, most), and a little dearer than parseYamlFast for the others.
 */
export function parseYamlFastLocated(
  source: string,
  maxAliasCount = DEFAULT_DOCUMENT_LIMITS.maxAliasCount,
): { value: unknown; aliased: boolean; locateNode: NodeLocator } | undefined {
  return run(source, (text) => {
    const positions: PositionTable = new Map();
    const anchors = new Anchors(maxAliasCount);
    const parser = new FastYamlParser(text, anchors, positions);
    const parsed = parser.document();
    const root = parsed instanceof PyNumberLiteral ? parsed.value : parsed;
    const rootOffsets: NodeOffsets = { keyStart: -1, keyEnd: -1, valueStart: parser.rootOffset, valueEnd: parser.end };
    const lines = parser.linePositions();
    const locateNode: NodeLocator = (path) => {
      let node: unknown = root;
      let offsets = rootOffsets;
      let depth = 0;
      for (const segment of path) {
        const table = typeof node === "object" && node !== null ? positions.get(node) : undefined;
        const at = Array.isArray(table) ? (typeof segment === "number" ? table[segment] : undefined) : table?.get(String(segment));
        if (at === undefined) {
          break;
        }
        offsets = at;
        node = (node as Record<string, unknown>)[segment];
        depth++;
        if (text[at.valueStart] === "*") {
          break; // an alias: `yaml` locates nothing inside it (its anchor's node is elsewhere)
        }
      }
      return locatedAt(lines, depth, offsets);
    };
    return { value: root, aliased: anchors.used, locateNode };
  });
}

/** The locator of parseYamlFastLocated alone (no alias limit). */
export function locateYamlFast(source: string): NodeLocator | undefined {
  return parseYamlFastLocated(source, -1)?.locateNode;
}
