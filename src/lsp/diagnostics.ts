// A document validated as the CLI validates the file (validateFile: same kinds, verdicts and messages, the IO
// checks against the files next to it), its summary turned into diagnostics: each entry's range spans the key or
// value it is about, its severity is the summary's, its code the rule id with a link to the rule catalogue.
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { type Diagnostic, DiagnosticSeverity, type Position, type Range } from "vscode-languageserver/node";
import type { HashCache } from "../bioimageio/io-checks.js";
import { type LocatedNode, startOf } from "../engine/load/located-node.js";
import { type ParsedSource, ParseError, parseSource } from "../engine/load/parse.js";
import { settings as environmentSettings } from "../engine/node/settings.js";
import { type DocPath, formatLoc } from "../engine/summary/issue.js";
import { printable } from "../engine/summary/printable.js";
import { notCheckedNote } from "../engine/summary/details.js";
import type { ValidationSummary } from "../engine/summary/summary.js";
import { ALERT, ERROR, INFO, type Loc, type SourcePosition, WARNING } from "../engine/summary/types.js";
import { validateFile } from "../kinds/node/validate-file.js";
import { bioimageioKind, detectKind, type DocumentKind } from "../kinds/registry.js";
import { isReservedName } from "../bioimageio/file-refs.js";
import { isRecord, valueAt } from "../engine/records.js";
import { isUrl } from "../engine/files.js";
import type { ServerSettings } from "./settings.js";

/** What a code action needs to know about the entry a diagnostic shows. */
export interface DiagnosticData {
  /** Where in the document the entry is (the path it was located by). */
  readonly path: DocPath;
  readonly loc: Loc;
  readonly type: string;
}

/** A text the editor holds: its URI, version and language. */
export interface OpenText {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  readonly text: string;
}

/**
 * Whether a document is one of ours: a kind recognises it by its content or name (the Croissant, copick and
 * Fractal kinds), or it is a bioimage.io description by name (`rdf.yaml`, `*.bioimageio.yaml`, ...) or by content
 * (`type` and `format_version`). Editors send every YAML and JSON file; the others get no diagnostics.
 */
export function isOurs(value: unknown, path: string, settings: ServerSettings): boolean {
  if (settings.validation.forcedKind !== undefined || isReservedName(basename(path))) {
    return true;
  }
  const kind = detectKind(value, path);
  return kind !== bioimageioKind ? kind.detect(value, path) : isRecord(value) && "type" in value && "format_version" in value;
}

/** A document that parsed, validated. */
export interface Analysis {
  readonly version: number;
  readonly text: string;
  /** Whether the checks that read files ran (on the files next to a document on disk). */
  readonly readFiles: boolean;
  /** The path of the file (a pseudo path for documents that are not files, e.g. untitled ones). */
  readonly path: string;
  /** Whether the document is a file on disk (its folder holds the files it references). */
  readonly onDisk: boolean;
  readonly source: ParsedSource;
  readonly kind: DocumentKind;
  /** Whether the document is one of ours (`isOurs`); the others are not validated. */
  readonly ours: boolean;
  readonly summary: ValidationSummary | undefined;
  readonly diagnostics: Diagnostic[];
}

export const SOURCE = "bioimage-specs";

const SEVERITIES: ReadonlyMap<number, DiagnosticSeverity> = new Map([
  [ERROR, DiagnosticSeverity.Error],
  [ALERT, DiagnosticSeverity.Warning],
  [WARNING, DiagnosticSeverity.Warning],
  [INFO, DiagnosticSeverity.Information],
]);

/** The file path of a `file:` URI; another URI gets a pseudo path named after it (its kind detected by name). */
export function pathOf(document: Pick<OpenText, "uri" | "languageId">): { path: string; onDisk: boolean } {
  if (document.uri.startsWith("file:")) {
    return { path: fileURLToPath(document.uri), onDisk: true };
  }
  const name = basename(document.uri.replace(/[?#].*$/, "")) || "untitled";
  const extension = /\.(ya?ml|json|ndjson|jsonl|csv)$/i.test(name) ? "" : document.languageId === "json" ? ".json" : ".yaml";
  return { path: `${name}${extension}`, onDisk: false };
}

/** LSP positions are 0-based; the summary's are 1-based (columns in UTF-16 code units, as LSP's default). */
function lspPosition(at: { line: number; col: number }): Position {
  return { line: Math.max(0, at.line - 1), character: Math.max(0, at.col - 1) };
}

/** The end of the first line of a span (without trailing spaces): a collection is marked on its first line. */
function firstLineEnd(lines: readonly string[], node: LocatedNode): { line: number; col: number } {
  const { start, end } = node.value;
  if (end.line === start.line) {
    return end;
  }
  return { line: start.line, col: (lines[start.line - 1] ?? "").trimEnd().length + 1 };
}

/**
 * The range of what the entry located at `path` is about: from where the CLI points (a mapping entry's key, an
 * item's start) to the end of a scalar value, or of the key (or first line) of a mapping or sequence.
 */
export function rangeOf(source: ParsedSource, lines: readonly string[], path: DocPath): Range {
  const node = source.locateNode(path);
  const start = startOf(node);
  const value = valueAt(source.value, path.slice(0, node.depth));
  const collection = typeof value === "object" && value !== null;
  let end = collection ? (node.key?.end ?? firstLineEnd(lines, node)) : node.value.end;
  if (end.line < start.line || (end.line === start.line && end.col <= start.col)) {
    end = node.key?.end ?? end; // a value not written (`key:`): the key
  }
  return { start: lspPosition(start), end: lspPosition(end) };
}

/** A range on one line from a position, to the end of that line's text. */
function lineRange(lines: readonly string[], at: { line: number; col: number }): Range {
  const text = (lines[at.line - 1] ?? "").trimEnd();
  return { start: lspPosition(at), end: { line: Math.max(0, at.line - 1), character: Math.max(text.length, at.col - 1) } };
}

export function parseErrorDiagnostic(error: ParseError, lines: readonly string[], settings: ServerSettings): Diagnostic {
  return {
    range: lineRange(lines, error),
    severity: DiagnosticSeverity.Error,
    code: "load",
    codeDescription: { href: `${settings.rulesUrl}#load` },
    source: SOURCE,
    message: printable(error.reason),
  };
}

interface Entry {
  readonly loc: Loc;
  readonly msg: string;
  readonly type: string;
  readonly severity: number;
  readonly rule?: string;
  readonly position?: SourcePosition;
}

function entriesOf(summary: ValidationSummary): { entries: Entry[]; notes: string[] } {
  const entries: Entry[] = [];
  const notes: string[] = [];
  for (const detail of summary.details) {
    entries.push(...detail.errors.map((error) => ({ ...error, severity: ERROR })), ...detail.warnings);
    const note = notCheckedNote(detail);
    if (note !== undefined) {
      notes.push(note);
    }
  }
  return { entries, notes };
}

/** The summary's entries and notes as diagnostics; `paths` knows the path each entry's position was located by. */
export function summaryDiagnostics(
  summary: ValidationSummary,
  source: ParsedSource,
  lines: readonly string[],
  paths: WeakMap<SourcePosition, DocPath>,
  settings: ServerSettings,
): Diagnostic[] {
  const { entries, notes } = entriesOf(summary);
  const diagnostics: Diagnostic[] = entries.map((entry) => {
    const path = entry.position === undefined ? undefined : paths.get(entry.position);
    const range = path !== undefined ? rangeOf(source, lines, path) : lineRange(lines, entry.position ?? { line: 1, col: 1 });
    const rule = entry.rule ?? "schema";
    const data: DiagnosticData = { path: path ?? entry.loc, loc: entry.loc, type: entry.type };
    return {
      range,
      severity: SEVERITIES.get(entry.severity) ?? DiagnosticSeverity.Warning,
      code: rule,
      codeDescription: { href: `${settings.rulesUrl}#${rule}` },
      source: SOURCE,
      message: printable(`${formatLoc(entry.loc)}: ${entry.msg}`),
      data,
    };
  });
  for (const note of notes) {
    diagnostics.push({
      range: lineRange(lines, { line: 1, col: 1 }),
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: printable(note),
    });
  }
  return diagnostics;
}

/** The document's text parsed (a ParseError when it does not parse), as the CLI parses the file. */
export function parseText(document: OpenText): ParsedSource {
  return parseSource(document.text, pathOf(document).path, environmentSettings().documentLimits);
}

/**
 * Parses (unless `parsed` is given) and validates a document, reading the files next to it (when it is on disk) unless `readFiles` is
 * false. A ParseError is thrown on as it is (the caller keeps the last good diagnostics); anything else that
 * stops validation becomes one diagnostic at the start.
 */
export async function analyse(
  document: OpenText,
  settings: ServerSettings,
  hashCache: HashCache,
  readFiles = true,
  parsed: ParsedSource = parseText(document),
): Promise<Analysis> {
  const { path, onDisk } = pathOf(document);
  const lines = document.text.split("\n");
  // Entries keep the position object their locator returned (the summary passes it on): each one's path is
  // then at hand, for its range and its code actions.
  const paths = new WeakMap<SourcePosition, DocPath>();
  const recorded = (read: ParsedSource): ParsedSource => ({
    fileName: read.fileName,
    value: read.value,
    locate(docPath) {
      const position = read.locate(docPath);
      paths.set(position, docPath);
      return position;
    },
    locateNode: (docPath) => read.locateNode(docPath),
  });
  const source = parsed;
  const kind = settings.validation.forcedKind ?? detectKind(parsed.value, path);
  const ours = isOurs(parsed.value, path, settings);
  const analysis = { version: document.version, text: document.text, path, onDisk, source, kind, ours };
  if (!ours) {
    return { ...analysis, readFiles: false, summary: undefined, diagnostics: [] };
  }
  let summary: ValidationSummary | undefined;
  let diagnostics: Diagnostic[];
  try {
    // (a bioimage.io description is read again as its loader reads it, YAML whatever the suffix: the same
    // values and positions, so that `source` spans what it locates)
    summary = await validateFile(document.text, path, {
      ...settings.validation,
      forcedKind: kind,
      ioChecks: onDisk && settings.validation.ioChecks !== false,
      hashCache,
      readFiles: readFiles && onDisk,
      parsed,
      located: recorded,
    });
    diagnostics = summaryDiagnostics(summary, source, lines, paths, settings);
  } catch (error) {
    if (error instanceof ParseError) {
      throw error;
    }
    const message = error instanceof Error ? error.message : String(error);
    diagnostics = [
      { range: lineRange(lines, { line: 1, col: 1 }), severity: DiagnosticSeverity.Error, source: SOURCE, message: printable(message) },
    ];
  }
  return { ...analysis, readFiles: readFiles && onDisk, summary, diagnostics };
}

/** sha256 values of files that did not change since they were hashed (size and modification time), and of URLs. */
export function fileHashCache(): HashCache {
  const known = new Map<string, { readonly stamp: string; readonly sha256: string }>();
  const seen = new Map<string, string>();
  const stampOf = async (location: string): Promise<string | undefined> => {
    if (isUrl(location)) {
      return "url"; // a URL's content is taken as fixed for the session, as the download cache does
    }
    const info = await stat(location).catch(() => undefined);
    return info?.isFile() ? `${info.size}:${info.mtimeMs}:${info.ino}` : undefined;
  };
  return {
    async get(location) {
      const stamp = await stampOf(location);
      if (stamp === undefined) {
        return undefined;
      }
      const entry = known.get(location);
      if (entry?.stamp === stamp) {
        return entry.sha256;
      }
      seen.set(location, stamp); // stamped before hashing: a change while hashing shows next time
      return undefined;
    },
    set(location, sha256) {
      const stamp = seen.get(location);
      if (stamp !== undefined) {
        known.set(location, { stamp, sha256 });
        seen.delete(location);
      }
    },
  };
}
