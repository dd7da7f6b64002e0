// YAML through the `yaml` package: what the fast path (yaml-fast.ts) leaves to it, with its errors' positions. A
// module of its own so that callers which can wait (parse-lazily.ts) load `yaml` only when a document needs it.
// Browser-safe.
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type ParseOptions,
  Parser,
  type ScalarTag,
  type Tags,
  parseDocument,
  Scalar,
  visit,
  YAMLMap,
  YAMLSeq,
} from "yaml";
import type { DocPath } from "../summary/issue.js";
import { type DocumentLimits, tooDeep } from "./limits.js";
import { LinePositions } from "./line-positions.js";
import { type LineCol, locatedAt, type NodeLocator, type NodeOffsets } from "./located-node.js";
import { ParseError } from "./parse-error.js";
import { yamlDepthBeyond } from "./yaml-depth.js";
import { RUYAML_SCALAR_TAGS, YamlScalarError } from "./yaml-scalars.js";
import { YamlTimestamp } from "../yaml-timestamp.js";
import { PyNumberLiteral, pyFloatLiteral, pyIntLiteral, pyNumberLiteralsMade, unwrapPyNumbers } from "../py-numbers.js";
import { surrogateEscapeText } from "../py-surrogates.js";

/** A scalar whose value is kept as it is by `toJS` (which would call a YamlTimestamp's `toJSON`). */
class KeptScalar extends Scalar {
  override toJS(): unknown {
    return this.value;
  }
}

/**
 * An integral float or a big int (py-numbers.ts), kept as its PyNumberLiteral by `toJS` and unwrapped after it; as a
 * mapping key, its number (a JavaScript key is a string).
 */
class PyNumberScalar extends Scalar {
  override toJS(): unknown {
    return this.value;
  }
  override toString(): string {
    return String(this.value instanceof PyNumberLiteral ? this.value.value : this.value);
  }
}

/** A plain `=`, which ruyaml resolves to YAML 1.1's `value` type: a key stays the string, a value cannot be constructed. */
const PLAIN_EQUALS = Symbol("plain =");
const VALUE_TAG = "tag:yaml.org,2002:value";

/** The reference's plain scalars (yaml-scalars.ts) as `yaml` tags; what cannot be constructed is a parse error. */
const RUYAML_TAGS: ScalarTag[] = RUYAML_SCALAR_TAGS.map(({ tag, test, construct }) => ({
  tag,
  test,
  default: true,
  resolve(text: string, onError: (message: string) => void): unknown {
    if (tag === VALUE_TAG) {
      return PLAIN_EQUALS; // a string as a key, an error as a value: normalizeTags knows which
    }
    try {
      const value = construct(text);
      return value instanceof YamlTimestamp ? new KeptScalar(value) : value instanceof PyNumberLiteral ? new PyNumberScalar(value) : value;
    } catch (error) {
      onError(error instanceof YamlScalarError ? error.message : String(error));
      return text;
    }
  },
}));
// the same constructors for an explicit tag (`!!float 1`), whose scalar need not look like one
const RUYAML_EXPLICIT_TAGS: ScalarTag[] = RUYAML_TAGS.map(({ tag, resolve }) => ({ tag, resolve, default: false }));
const RUYAML_TAG_NAMES = new Set(RUYAML_TAGS.map((t) => t.tag));
const TIMESTAMP_TAG = RUYAML_TAGS.filter((t) => t.tag === "tag:yaml.org,2002:timestamp");
const isTag = (t: Tags[number], names: ReadonlySet<string>): boolean => typeof t !== "string" && names.has(t.tag);

// logLevel "error": `yaml` would print its warnings on stderr (a library must not); what they are about is refused below
const YAML_OPTIONS = {
  version: "1.2",
  schema: "core",
  // the core schema's scalars as the reference reads them
  customTags: (tags: Tags) => [...tags.filter((t) => !isTag(t, RUYAML_TAG_NAMES)), ...RUYAML_TAGS, ...RUYAML_EXPLICIT_TAGS],
  uniqueKeys: true,
  prettyErrors: false,
  merge: false,
  logLevel: "error",
} as const;

const isNumberTag = (t: Tags[number]): t is ScalarTag =>
  typeof t !== "string" && !("collection" in t) && (t.tag === "tag:yaml.org,2002:int" || t.tag === "tag:yaml.org,2002:float");

const asScalar = (value: number | PyNumberLiteral): unknown => (value instanceof PyNumberLiteral ? new PyNumberScalar(value) : value);

/** A YAML 1.1 number tag that notes an int beyond 2^53 (exactly) and an integral float, as the 1.2 tags do. */
function withPyNumbers(t: Tags[number]): Tags[number] {
  if (!isNumberTag(t)) {
    return t;
  }
  const { resolve } = t;
  const float = t.tag === "tag:yaml.org,2002:float";
  return {
    ...t,
    resolve(text: string, onError: (message: string) => void, options: ParseOptions): unknown {
      const value: unknown = resolve(text, onError, float ? options : { ...options, intAsBigInt: true });
      if (float) {
        // (`1000.0` comes as a node that remembers its fraction digits)
        const number = value instanceof Scalar ? value.value : value;
        return typeof number === "number" ? asScalar(pyFloatLiteral(number)) : value;
      }
      if (typeof value !== "bigint") {
        return value;
      }
      const number = Number(value);
      return Number.isSafeInteger(number) ? number : asScalar(pyIntLiteral(number, value));
    },
  };
}

/**
 * An explicit `!!int` or `!!float` in YAML 1.1: a scalar one of the implicit number tags reads is read so, anything
 * else as Python's int() or float() does (`!!float 1`, which no implicit float takes, is 1.0).
 */
function explicitNumberTag(name: "int" | "float", implicit: readonly ScalarTag[]): ScalarTag {
  const tagName = `tag:yaml.org,2002:${name}`;
  const fallback = RUYAML_EXPLICIT_TAGS.find((t): t is ScalarTag => typeof t !== "string" && t.tag === tagName);
  return {
    tag: tagName,
    default: false,
    resolve(text: string, onError: (message: string) => void, options: ParseOptions): unknown {
      const reader = implicit.find((t) => t.tag === tagName && t.test?.test(text)) ?? fallback;
      if (reader === undefined) {
        return text;
      }
      if (name === "float" && text.includes(":")) {
        // base 60, each part read by float()
        const digits = text.replaceAll("_", "").toLowerCase();
        const sign = digits.startsWith("-") ? -1 : 1;
        let value = 0;
        for (const [k, part] of digits.replace(/^[+-]/, "").split(":").reverse().entries()) {
          value += numberOf(reader.resolve(part, onError, options)) * 60 ** k;
        }
        return asScalar(pyFloatLiteral(sign * value));
      }
      return reader.resolve(text, onError, options);
    },
  };
}

/** The number a number tag's resolve returned (a node, a noted literal or the number). */
function numberOf(value: unknown): number {
  const inner = value instanceof Scalar ? value.value : value;
  return inner instanceof PyNumberLiteral ? inner.value : Number(inner);
}

// YAML 1.1's scalars, with the reference's timestamps and Python's numbers
const YAML_1_1 = {
  version: "1.1",
  schema: "yaml-1.1",
  customTags: (tags: Tags) => {
    const withNumbers = tags.filter((t) => !isTag(t, new Set(["tag:yaml.org,2002:timestamp"]))).map(withPyNumbers);
    const numbers = withNumbers.filter(isNumberTag);
    return [...withNumbers, ...TIMESTAMP_TAG, explicitNumberTag("int", numbers), explicitNumberTag("float", numbers)];
  },
} as const;

/** The tags of `yaml`'s core schema, and the non-specific `!` (a string, as in the reference). */
const CORE_TAGS = new Set([
  "!",
  ...["str", "int", "float", "bool", "null", "map", "seq", "timestamp"].map((name) => `tag:yaml.org,2002:${name}`),
]);
const tag = (name: string): string => `tag:yaml.org,2002:${name}`;

/** The estimate of yaml-depth.ts may count a few levels too many: the exact check is on the parsed value. */
const YAML_DEPTH_MARGIN = 64;

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}

const isStackOverflow = (message: string): boolean => message.includes("Maximum call stack size exceeded");

/**
 * Whether two mapping keys are one key to the reference's loader, which builds a Python dict: `1`, `1.0` and
 * `true` are equal there (as are `0` and `false`), so ruyaml refuses them as a duplicate key.
 */
function samePyKey(a: unknown, b: unknown): boolean {
  const x: unknown = isScalar(a) ? a.value : a;
  const y: unknown = isScalar(b) ? b.value : b;
  if (x === y) {
    return true;
  }
  const number = (v: unknown): number | undefined =>
    typeof v === "boolean" ? Number(v) : typeof v === "number" ? v : v instanceof PyNumberLiteral ? v.value : undefined;
  const [nx, ny] = [number(x), number(y)];
  if (nx !== undefined || ny !== undefined) {
    return nx === ny;
  }
  return x instanceof YamlTimestamp && y instanceof YamlTimestamp && x.toJSON() === y.toJSON();
}

function yamlDocument(text: string, fileName: string, unique: boolean, maxDepth: number): Document {
  const uniqueKeys = unique && samePyKey;
  const beyond = yamlDepthBeyond(text, maxDepth + YAML_DEPTH_MARGIN);
  if (beyond !== undefined) {
    const at = new LinePositions(text).at(beyond);
    throw new ParseError(fileName, at.line, at.col, tooDeep(maxDepth));
  }
  let doc = parseDocument(text, { ...YAML_OPTIONS, uniqueKeys });
  if (doc.directives?.yaml.explicit === true && doc.directives.yaml.version === "1.1") {
    // ruyaml reads a document under a `%YAML 1.1` directive with YAML 1.1's scalars (`y`, `on` booleans, `017`
    // octal, `1:20` base 60)
    doc = parseDocument(text, { ...YAML_OPTIONS, ...YAML_1_1, uniqueKeys });
  }
  const problem = doc.errors[0];
  if (problem) {
    const at = new LinePositions(text).at(problem.pos[0]);
    // the YAML parser recurses: it gives up (with this message) on nesting far beyond any limit worth setting
    throw new ParseError(fileName, at.line, at.col, isStackOverflow(problem.message) ? tooDeep(maxDepth) : firstLine(problem.message));
  }
  normalizeTags(doc, text, fileName);
  return doc;
}

interface Reindented {
  readonly text: string;
  /** Spaces added at the start of a line (0-based line index), to map positions back to the original text. */
  readonly added: ReadonlyMap<number, number>;
}

/** The fields of a token of `yaml`'s CST that the scans below read, unchecked. */
function tokenFields(token: object): { type: unknown; offset: unknown; source: unknown; indent: unknown } {
  return {
    type: Reflect.get(token, "type"),
    offset: Reflect.get(token, "offset"),
    source: Reflect.get(token, "source"),
    indent: Reflect.get(token, "indent"),
  };
}

/** The first quoted scalar that `yaml`'s lexer ended before its closing quote, as `[offset of its quote, indent]`. */
function cutQuotedScalar(text: string): [number, number] | undefined {
  const visit = (token: unknown): [number, number] | undefined => {
    if (typeof token !== "object" || token === null) {
      return undefined;
    }
    const { type, offset, source, indent } = tokenFields(token);
    if ((type === "double-quoted-scalar" || type === "single-quoted-scalar") && typeof offset === "number" && typeof source === "string") {
      if (quotedEnd(text, offset) > offset + source.length) {
        return [offset, typeof indent === "number" ? indent : 0];
      }
    }
    for (const value of Object.values(token)) {
      const found = typeof value === "object" ? visit(value) : undefined;
      if (found) {
        return found;
      }
    }
    return undefined;
  };
  for (const token of new Parser().parse(text)) {
    const found = visit(token);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/** The offset just past the closing quote of the quoted scalar opening at `start` (or the end of the text). */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === "\\") {
      i++;
    } else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
      } else {
        return i + 1;
      }
    }
  }
  return text.length;
}

/**
 * The bioimage.io reference's reader (ruyaml) accepts a quoted scalar whose continuation lines are indented no
 * deeper than its parent (a citation wrapped under `- text: "..."`, or `a: "x` / `y"` at the root); `yaml` ends
 * the scalar at such a line. Indenting those lines one column deeper than the parent changes no value (a quoted
 * scalar's line breaks fold, and the leading spaces of its lines are dropped), so the text is read that way.
 */
function reindentQuotedScalars(text: string): Reindented | undefined {
  const added = new Map<number, number>();
  let current = text;
  for (let round = 0; round < 1000; round++) {
    const cut = cutQuotedScalar(current);
    if (!cut) {
      break;
    }
    const [start, indent] = cut;
    const end = quotedEnd(current, start);
    let out = current.slice(0, start);
    let line = current.slice(0, start).split("\n").length - 1;
    for (const [i, part] of current.slice(start, end).split("\n").entries()) {
      if (i > 0) {
        line++;
        const leading = /^ */.exec(part)?.[0].length ?? 0;
        const missing = part.trim() === "" ? 0 : Math.max(0, indent + 1 - leading);
        added.set(line, (added.get(line) ?? 0) + missing);
        out += "\n" + " ".repeat(missing);
      }
      out += part;
    }
    const next = out + current.slice(end);
    if (next === current) {
      break;
    }
    current = next;
  }
  return current === text ? undefined : { text: current, added };
}

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

/**
 * ruyaml reads `\ud83e\udd88` in a double-quoted scalar as two lone surrogates, not as the character they would
 * pair to (what `yaml` and JSON.parse make of them), and Python then refuses the string where it reads it as text.
 * To keep that a string JavaScript can tell apart, every surrogate escape of a double-quoted scalar becomes two
 * lone low surrogates that nothing pairs with (py-surrogates.ts), so the string is not well-formed
 * (`String.prototype.isWellFormed`) and Python's code points can be told back for its messages.
 */
export function isolateSurrogateEscapes(text: string): string {
  if (!SURROGATE_ESCAPE.test(text)) {
    return text;
  }
  const ranges: [number, number][] = [];
  const visit = (token: unknown): void => {
    if (typeof token !== "object" || token === null) {
      return;
    }
    const { type, offset, source } = tokenFields(token);
    if (type === "double-quoted-scalar" && typeof offset === "number" && typeof source === "string") {
      ranges.push([offset, offset + source.length]);
    }
    for (const value of Object.values(token)) {
      visit(value);
    }
  };
  for (const token of new Parser().parse(text)) {
    visit(token);
  }
  let out = "";
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    // an escaped backslash before `u` is not an escape: replace only where the backslashes before it are odd
    out +=
      text.slice(at, start) +
      text
        .slice(start, end)
        .replace(/(\\+)u([dD][89a-fA-F][0-9a-fA-F]{2})/g, (m, slashes: string, hex: string) =>
          slashes.length % 2 === 1 ? slashes.slice(1) + surrogateEscapeText(parseInt(hex, 16)) : m,
        );
    at = end;
  }
  return out + text.slice(at);
}

/** Where the tag of the node starting at `offset` is written (the node's range starts after it). */
function tagOffset(text: string, offset: number): number {
  let at = text.lastIndexOf("!", offset);
  if (at < 0) {
    return offset;
  }
  while (at > 0 && !/[\s[\]{},]/.test(text[at - 1] ?? " ")) {
    at--;
  }
  return at;
}

/**
 * Refuses what the reference's loader (ruyaml, "safe") does not construct, in its words: a tag it has no
 * constructor for (`!foo`, `!!python/object:os.system`, a `%TAG` handle's), a mapping as a key ("unhashable");
 * also a sequence as a key (a tuple there, which no description holds: "Keys should be strings", or a crash at the
 * top level) and a `!!set` (not a YAML value of a description there). `!!timestamp` is the reference's (yaml-scalars.ts);
 * the three other tags it knows become their JSON form, as pydantic sees them: `!!binary` its text, `!!omap` a
 * mapping, `!!pairs` a list of [key, value] lists (`yaml` would make bytes, a Map: no JSON values).
 */
function normalizeTags(doc: Document, text: string, fileName: string): void {
  const refuse = (offset: number, reason: string): never => {
    const at = new LinePositions(text).at(offset);
    throw new ParseError(fileName, at.line, at.col, reason);
  };
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === PLAIN_EQUALS) {
        pair.key.value = "=";
      }
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      if (isCollection(key)) {
        const reason = isMap(key) ? "found unhashable key" : "found a sequence as a key (keys are strings)";
        refuse((pair.key as Node).range?.[0] ?? 0, `while constructing a mapping: ${reason}`);
      }
    },
    Node(_key, node) {
      if (isScalar(node) && node.value === PLAIN_EQUALS && node.tag === undefined) {
        return refuse(node.range?.[0] ?? 0, `could not determine a constructor for the tag '${VALUE_TAG}'`);
      }
      if (isAlias(node) || node.tag === undefined || CORE_TAGS.has(node.tag)) {
        return undefined;
      }
      const offset = node.range?.[0] ?? 0;
      if (isScalar(node) && node.tag === tag("binary")) {
        return new Scalar(node.source ?? String(node.value));
      }
      if (isSeq(node) && node.tag === tag("omap")) {
        const map = new YAMLMap(doc.schema);
        map.items = node.items.filter(isPair); // `yaml` makes each item a pair (or refuses the document)
        return map;
      }
      if (isSeq(node) && node.tag === tag("pairs")) {
        const list = new YAMLSeq(doc.schema);
        list.items = node.items.map((item) => {
          const pair = new YAMLSeq(doc.schema);
          pair.items = isPair(item) ? [item.key, item.value] : [item];
          return pair;
        });
        return list;
      }
      if (node.tag === tag("set")) {
        return refuse(tagOffset(text, offset), "a !!set is not a value a description can hold");
      }
      return refuse(tagOffset(text, offset), `could not determine a constructor for the tag '${node.tag}'`);
    },
  });
}

/** Where a node's value ends: after its last character (block collections: where their last value ends). */
function valueEnd(text: string, node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last = node.items.at(-1);
    if (last === undefined) {
      return node.range?.[0] ?? 0;
    }
    if (isPair(last)) {
      return last.value ? valueEnd(text, last.value as Node) : ((last.key as Node).range?.[1] ?? 0);
    }
    return valueEnd(text, last as Node);
  }
  const [start, end] = node.range ?? [0, 0];
  let trimmed = end;
  while (trimmed > start && /[ \t\r\n]/.test(text[trimmed - 1] as string)) {
    trimmed--;
  }
  return trimmed;
}

/** Offsets of an entry's or item's value; `yaml` puts a value that is not written (`key:`, `-`) after the indicator and its spaces. */
function valueOffsets(text: string, node: Node | null, keyStart: number, keyEnd: number): NodeOffsets {
  const start = node?.range?.[0] ?? keyEnd;
  return { keyStart, keyEnd, valueStart: start, valueEnd: node ? valueEnd(text, node) : start };
}

/** The node at `path` (mapping entries: key and value), or the deepest ancestor that exists. */
function locateNode(text: string, doc: Document, path: DocPath): { depth: number; offsets: NodeOffsets } {
  let node = doc.contents as Node | null;
  let offsets = valueOffsets(text, node, -1, -1);
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) {
        break;
      }
      const [keyStart, keyEnd] = (pair.key as Node).range ?? [0, 0];
      node = pair.value as Node | null;
      offsets = valueOffsets(text, node, keyStart, keyEnd);
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | null | undefined;
      if (item === undefined) {
        break;
      }
      offsets = valueOffsets(text, item, -1, -1);
      node = item;
    } else {
      break;
    }
    depth++;
  }
  return { depth, offsets };
}

/** YAML text to its value (a ParseError with the position of the first problem) and a locator. */
export function parseYamlFull(text: string, fileName: string, limits: DocumentLimits): { value: unknown; locateNode: NodeLocator } {
  const literals = pyNumberLiteralsMade();
  let doc: Document;
  let added: ReadonlyMap<number, number> = new Map();
  try {
    doc = yamlDocument(text, fileName, true, limits.maxDepth);
  } catch (error) {
    const reindented =
      error instanceof ParseError && /^Missing closing ["']quote/.test(error.reason) ? reindentQuotedScalars(text) : undefined;
    if (!reindented) {
      throw error;
    }
    doc = yamlDocument(reindented.text, fileName, true, limits.maxDepth);
    text = reindented.text;
    added = reindented.added;
  }
  let value: unknown;
  try {
    // `yaml` counts the anchored node as its first use: the limit is on aliases, so one more
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount < 0 ? limits.maxAliasCount : limits.maxAliasCount + 1 });
    if (pyNumberLiteralsMade() !== literals) {
      value = unwrapPyNumbers(value);
    }
  } catch (error) {
    const message = (error as Error).message;
    const reason = isStackOverflow(message)
      ? tooDeep(limits.maxDepth)
      : error instanceof ReferenceError && /alias count/i.test(message)
        ? `more than ${limits.maxAliasCount} YAML alias expansions (the limit: BIOIMAGE_SPECS_MAX_YAML_ALIASES)`
        : firstLine(message);
    throw new ParseError(fileName, 1, 1, reason);
  }
  const positions = new LinePositions(text);
  const parsed = text;
  // positions in the text as read, without the spaces a re-indentation added
  const original = (at: LineCol): LineCol => ({ line: at.line, col: Math.max(1, at.col - (added.get(at.line - 1) ?? 0)) });
  return {
    value,
    locateNode: (path) => {
      const { depth, offsets } = locateNode(parsed, doc, path);
      const { key, value: span } = locatedAt(positions, depth, offsets);
      const value = { start: original(span.start), end: original(span.end) };
      return key ? { depth, key: { start: original(key.start), end: original(key.end) }, value } : { depth, value };
    },
  };
}
