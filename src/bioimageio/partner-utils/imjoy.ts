// ImJoy plugin files (`*.imjoy.html`: <config>, <docs>, <script>, ... blocks) as bioimage.io application
// descriptions: the reference's partner_utils.imjoy (bioimageio.spec partner_utils/imjoy/_plugin_parser.py), in
// camelCase. Its blocks are found as lxml's HTML parser finds them (libxml2: <script> and <style> are raw text,
// an element's text ends at its first child, blanks kept, entities decoded); its config is read as it reads it (YAML 1.2,
// or JSON), with Python's truthiness wherever the reference writes `x or y`. Browser-safe (fetch).
import { parseDescriptionText } from "../parse.js";
import { isUrl } from "../../engine/files.js";
import { parsePythonJson } from "../../engine/load/python-json.js";

type Json = Record<string, unknown>;

/** A block of the plugin file: its attributes and its text (null when it has none, as lxml's `.text`). */
export interface PluginBlock {
  readonly attrs: Readonly<Record<string, string>>;
  readonly content: string | null;
}

/** The plugin's config as `parse_imjoy_plugin` returns it (without its random `id` and its `code`). */
export type PluginConfig = Json;

const TAG_TYPES = ["config", "script", "link", "window", "style", "docs", "attachment"] as const;
type TagType = (typeof TAG_TYPES)[number];

const CONFIGURABLE_FIELDS = [
  "env",
  "requirements",
  "dependencies",
  "icon",
  "ui",
  "type",
  "flags",
  "labels",
  "cover",
  "base_frame",
  "base_worker",
  "passive",
];

const RDF_FIELDS = [
  "icon",
  "name",
  "version",
  "api_version",
  "description",
  "license",
  "requirements",
  "dependencies",
  "env",
  "passive",
  "services",
];

/** An error of the reference's parser, worded as Python words it (`TypeError: ...` is in its message). */
export class ImjoyPluginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImjoyPluginError";
  }
}

/** Python's truthiness (None, False, 0, "", [] and {} are false). */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (typeof value === "object" && value !== null) {
    return Object.keys(value).length > 0;
  }
  return value !== null && value !== undefined && value !== false && value !== 0 && value !== "";
}

const isDict = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

const pyTypeName = (value: unknown): string =>
  value === null || value === undefined
    ? "NoneType"
    : Array.isArray(value)
      ? "list"
      : typeof value === "string"
        ? "str"
        : typeof value === "boolean"
          ? "bool"
          : typeof value === "number"
            ? Number.isInteger(value)
              ? "int"
              : "float"
            : "dict";

// ---- the HTML blocks, as libxml2's HTML parser (lxml.etree.HTML) gives them ----

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const RAW_TEXT = new Set(["script", "style"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?|\s*\/(?!>))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

function attributesOf(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!(name in attrs)) {
      attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
    }
  }
  return attrs;
}

/** Where the next markup starts (a tag, an end tag, a comment or declaration), from `from`. */
function nextMarkup(source: string, from: number): number {
  const markup = /<[a-zA-Z/!?]/g;
  markup.lastIndex = from;
  return markup.exec(source)?.index ?? source.length;
}

const END_TAG = /<\/([a-zA-Z][^\s/>]*)[^>]*>?/y;

/** The plugin file's blocks of each kind, in document order. */
export function pluginBlocks(source: string): Record<TagType, PluginBlock[]> {
  const blocks = Object.fromEntries(TAG_TYPES.map((t) => [t, [] as PluginBlock[]])) as Record<TagType, PluginBlock[]>;
  const open: string[] = []; // the elements open, innermost last
  /** An end tag at `at` (its length), when it is one; it closes up to its element, or is ignored when none is open. */
  const endTag = (at: number): { length: number; closes: boolean } | undefined => {
    END_TAG.lastIndex = at;
    const match = END_TAG.exec(source);
    if (!match) {
      return undefined;
    }
    const index = open.lastIndexOf((match[1] ?? "").toLowerCase());
    if (index >= 0) {
      open.length = index;
    }
    return { length: match[0].length, closes: index >= 0 };
  };
  /** An element's text as lxml's `.text`: up to its first child (an ignored end tag does not end it). */
  const textAt = (from: number): [string | null, number] => {
    let text = "";
    let at = from;
    for (;;) {
      const end = nextMarkup(source, at);
      text += source.slice(at, end);
      at = end;
      const closing = source[at + 1] === "/" ? endTag(at) : undefined;
      if (closing === undefined || closing.closes) {
        return [text === "" ? null : decodeEntities(text), closing ? at + closing.length : at];
      }
      at += closing.length;
    }
  };
  let at = 0;
  while (at < source.length) {
    const markup = nextMarkup(source, at);
    if (open.length === 0 && /[^ \t\r\n]/.test(source.slice(at, markup))) {
      open.push("p"); // text outside any element (a byte order mark too) opens a paragraph, which holds what follows
    }
    at = markup;
    if (at >= source.length) {
      break;
    }
    if (source.startsWith("<!--", at)) {
      const end = source.indexOf("-->", at + 4);
      at = end < 0 ? source.length : end + 3;
      continue;
    }
    if (source[at + 1] === "/") {
      at += endTag(at)?.length ?? 1;
      continue;
    }
    if (source[at + 1] === "!" || source[at + 1] === "?") {
      const end = source.indexOf(">", at);
      at = end < 0 ? source.length : end + 1;
      continue;
    }
    START_TAG.lastIndex = at;
    const tag = START_TAG.exec(source);
    if (!tag) {
      at += 1; // not a tag: libxml2 keeps the "<" as text
      continue;
    }
    const name = (tag[1] ?? "").toLowerCase();
    at = START_TAG.lastIndex;
    let content: string | null = null;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, "ig");
      close.lastIndex = at;
      const end = close.exec(source)?.index ?? source.length;
      content = end > at ? source.slice(at, end) : null;
      at = end;
    } else if (!VOID.has(name) && tag[3] !== "/") {
      open.push(name);
      [content, at] = textAt(at);
    }
    if ((TAG_TYPES as readonly string[]).includes(name)) {
      blocks[name as TagType].push({ attrs: attributesOf(tag[2] ?? ""), content });
    }
  }
  return blocks;
}

// ---- parse_imjoy_plugin and convert_config_to_rdf ----

async function readConfig(block: PluginBlock | undefined): Promise<Json> {
  if (block === undefined) {
    throw new ImjoyPluginError("IndexError: list index out of range");
  }
  const lang = block.attrs.lang;
  let config: unknown;
  if (lang === "yaml") {
    config = (await parseDescriptionText(block.content ?? "", "<config>")).value;
  } else if (lang === "json") {
    try {
      config = parsePythonJson(block.content ?? "");
    } catch (error) {
      throw new ImjoyPluginError(`${(error as Error).name}: ${(error as Error).message}`);
    }
  } else if (lang === undefined) {
    throw new ImjoyPluginError('TypeError: can only concatenate str (not "NoneType") to str');
  } else {
    throw new ImjoyPluginError(`Exception: Unsupported config language: ${lang}`);
  }
  if (!isDict(config)) {
    throw new ImjoyPluginError(`TypeError: '${pyTypeName(config)}' object does not support item assignment`);
  }
  return config;
}

function nameOf(config: Json): string {
  const name = config.name;
  if (typeof name !== "string") {
    throw new ImjoyPluginError(`AttributeError: '${pyTypeName(name)}' object has no attribute 'replace'`);
  }
  return name;
}

/** The reference's `parse_imjoy_plugin`: the plugin's config with its blocks (`id` and `code` left out). */
export async function parseImjoyPlugin(source: string, overwriteConfig: Json = {}): Promise<PluginConfig> {
  const blocks = pluginBlocks(source);
  const config = await readConfig(blocks.config[0]);
  const tags = config.tags;
  const firstTag = truthy(tags) ? (Array.isArray(tags) ? tags[0] : typeof tags === "string" ? tags[0] : undefined) : tags;
  config.tag = truthy(overwriteConfig.tag) ? overwriteConfig.tag : (firstTag ?? null);
  config.hot_reloading = overwriteConfig.hot_reloading ?? null;
  const scripts: PluginBlock[] = [];
  for (const block of blocks.script) {
    if (block.attrs.tag === config.tag) {
      config.script = block.content;
    }
    if (!truthy(block.attrs.tag) || block.attrs.tag === config.tag) {
      scripts.push(block);
    }
  }
  config.scripts = scripts;
  const first = blocks.script[0];
  if (!truthy(config.script) && first !== undefined) {
    config.script = first.content;
    config.lang = first.attrs.lang ?? null;
  }
  const orNull = (list: PluginBlock[]): PluginBlock[] | null => (list.length > 0 ? list : null);
  config.links = orNull(blocks.link);
  config.windows = orNull(blocks.window);
  config.styles = orNull(blocks.style);
  config.docs = blocks.docs[0] ?? config.docs ?? null;
  config.attachments = orNull(blocks.attachment);
  const name = nameOf(config);
  config._id = truthy(overwriteConfig._id) ? overwriteConfig._id : name.replaceAll(" ", "_");
  config.uri = overwriteConfig.uri ?? null;
  config.origin = overwriteConfig.origin ?? null;
  config.namespace = overwriteConfig.namespace ?? null;
  config.runnable = "runnable" in config ? config.runnable : true;
  config.requirements = truthy(config.requirements) ? config.requirements : [];
  for (const field of CONFIGURABLE_FIELDS) {
    const value = config[field];
    if (truthy(value) && isDict(value)) {
      const tag = config.tag;
      if (!truthy(tag)) {
        throw new ImjoyPluginError("Exception: You must use 'tags' with configurable fields.");
      }
      config[field] = typeof tag === "string" && Object.hasOwn(value, tag) ? value[tag] : null;
    }
  }
  config.lang = truthy(config.lang) ? config.lang : "javascript";
  return config;
}

/** Python's `list + list` of the reference's `labels + flags` (a missing key is []). */
function concatenated(labels: unknown, flags: unknown): unknown[] {
  if (!Array.isArray(labels)) {
    throw new ImjoyPluginError(
      Array.isArray(flags) && typeof labels === "string"
        ? `TypeError: can only concatenate str (not "list") to str`
        : `TypeError: unsupported operand type(s) for +: '${pyTypeName(labels)}' and '${pyTypeName(flags)}'`,
    );
  }
  if (!Array.isArray(flags)) {
    throw new ImjoyPluginError(`TypeError: can only concatenate list (not "${pyTypeName(flags)}") to list`);
  }
  return [...labels, ...flags];
}

/** A value as a list: none -> [], a single value -> [value]. */
function asList(value: unknown): unknown[] {
  return !truthy(value) ? [] : Array.isArray(value) ? value : [value];
}

/** The reference's `convert_config_to_rdf`: a plugin config as an application description. */
export function convertConfigToRdf(config: PluginConfig, sourceUrl?: string): Json {
  const rdf: Json = { type: "application" };
  if (truthy(sourceUrl)) {
    rdf.source = sourceUrl;
  }
  for (const field of RDF_FIELDS) {
    if (field in config) {
      rdf[field] = config[field];
    }
  }
  const tags = concatenated("labels" in config ? config.labels : [], "flags" in config ? config.flags : []);
  if (!tags.includes("bioengine")) {
    tags.push("bioengine");
  }
  rdf.tags = tags;
  rdf.covers = asList(config.cover);
  rdf.badges = asList(config.badge);
  let authors = config.author;
  if (truthy(authors)) {
    if (typeof authors === "string") {
      authors = { name: authors };
    }
    rdf.authors = Array.isArray(authors) ? authors : [authors];
  }
  return rdf;
}

export interface ImjoyOptions {
  /** Default: the platform's fetch. */
  readonly fetch?: typeof fetch;
  /** How long a plugin file may take to arrive (default 5 s, as the reference's httpx timeout). */
  readonly timeoutMs?: number;
  /** Told what the reference warns about (a `rdf_source` that did not resolve); default console.warn. */
  readonly onWarning?: (message: string) => void;
}

async function fetchText(url: string, options: ImjoyOptions): Promise<string> {
  const response = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 5000) });
  return response.text();
}

/** The reference's `get_plugin_as_rdf`: the ImJoy plugin file at `sourceUrl` as an application description. */
export async function getPluginAsRdf(sourceUrl: string, options: ImjoyOptions = {}): Promise<Json> {
  return convertConfigToRdf(await parseImjoyPlugin(await fetchText(sourceUrl, options)), sourceUrl);
}

/** What `enrichPartialRdfWithImjoyPlugin` resolves a `rdf_source` with: its content, file name and root. */
export type ResolveRdfSource = (source: string) => Promise<readonly [Json, string, string]>;

const isPlugin = (source: string): boolean => (source.split("?")[0] ?? "").endsWith(".imjoy.html");

/** `root / source` for a folder, `urljoin(root, source)` for a URL. */
function joinRoot(root: string, source: string): string {
  if (isUrl(root)) {
    try {
      return new URL(source, root).href;
    } catch {
      return source;
    }
  }
  return `${root.replace(/\/+$/, "")}/${source}`;
}

/**
 * The reference's `enrich_partial_rdf_with_imjoy_plugin`: a (partial) description's `rdf_source` or `source`
 * may be an ImJoy plugin file (or, for `rdf_source`, a description to resolve, first as given, then against
 * `root`); what they give is overwritten by the partial description's own fields.
 */
export async function enrichPartialRdfWithImjoyPlugin(
  partialRdf: Json,
  root: string,
  resolveRdfSource: ResolveRdfSource,
  options: ImjoyOptions = {},
): Promise<Json> {
  const enriched: Json = {};
  if ("rdf_source" in partialRdf) {
    const given = partialRdf.rdf_source;
    let rdfSource: Json;
    if (typeof given === "string" && isPlugin(given)) {
      rdfSource = await getPluginAsRdf(given, options);
    } else if (isDict(given)) {
      rdfSource = given;
    } else {
      const resolve = async (source: string): Promise<Json> => {
        const [content, , sourceRoot] = await resolveRdfSource(source);
        return { ...content, root_path: sourceRoot }; // so that remote content can be resolved
      };
      try {
        rdfSource = await resolve(String(given));
      } catch (first) {
        try {
          rdfSource = await resolve(joinRoot(root, String(given)));
        } catch (second) {
          rdfSource = {};
          // eslint-disable-next-line no-console -- the default of the reference's warnings.warn: shown on stderr
          (options.onWarning ?? console.warn)(
            `Failed to resolve \`rdf_source\`: 1. ${(first as Error).message}\n2. ${(second as Error).message}`,
          );
        }
      }
    }
    Object.assign(enriched, rdfSource);
  }
  if ("source" in partialRdf) {
    const source = partialRdf.source;
    if (typeof source !== "string") {
      throw new ImjoyPluginError(`AttributeError: '${pyTypeName(source)}' object has no attribute 'split'`);
    }
    if (isPlugin(source)) {
      Object.assign(enriched, await getPluginAsRdf(source, options));
    }
  }
  return Object.assign(enriched, partialRdf);
}
