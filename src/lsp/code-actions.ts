// Code actions: add a missing required field with a placeholder, fill in or fix a file's sha256 from the file on
// disk (one file, or every file as `update-hashes`), and convert a bioimage.io description to the latest format
// (as `update-format`).
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type Range,
  type TextEdit,
} from "vscode-languageserver/node";
import { descriptionClassFor } from "../bioimageio/descriptions.js";
import { dumpDescription, toYamlText } from "../bioimageio/dump.js";
import { fileRefs } from "../bioimageio/file-refs.js";
import type { HashCache } from "../bioimageio/io-checks.js";
import { loadParsedFile } from "../bioimageio/node/load.js";
import { type HashChange, hashChanges } from "../bioimageio/node/update-hashes.js";
import { updateFormat } from "../bioimageio/node/update.js";
import type { ParsedSource } from "../engine/load/parse.js";
import type { DocPath } from "../engine/summary/issue.js";
import { copyDocument, isRecord, valueAt } from "../engine/records.js";
import { written } from "./completion.js";
import type { DiagnosticData } from "./diagnostics.js";
import type { Documents, OpenDocument } from "./documents.js";
import { deref, type DocumentSchema, documentSchema, type Schema, schemaAt } from "./schema.js";

/** The kinds of this server's actions (the client may ask for some only). */
export const UPDATE_HASHES_KIND = `${CodeActionKind.Source}.updateHashes`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, UPDATE_HASHES_KIND];

const lsp = (at: { line: number; col: number }) => ({ line: at.line - 1, character: at.col - 1 });

/** The document's text as lines (without line ends) and its line end. */
function linesOf(text: string): { lines: string[]; eol: string } {
  return { lines: text.split("\n").map((line) => line.replace(/\r$/, "")), eol: text.includes("\r\n") ? "\r\n" : "\n" };
}

/**
 * The edit that adds `key: value` to the mapping at `parentPath`, in the document's style: a block mapping gets
 * a line after its last entry at its keys' indentation; a flow mapping or JSON object a member after its last.
 */
export function insertEntry(
  source: ParsedSource,
  text: string,
  parentPath: DocPath,
  key: string,
  value: unknown,
  json: boolean,
): TextEdit | undefined {
  const parent = valueAt(source.value, parentPath);
  const node = source.locateNode(parentPath);
  if (!isRecord(parent) || node.depth !== parentPath.length) {
    return undefined;
  }
  const { lines, eol } = linesOf(text);
  const keys = Object.keys(parent);
  const entry = `${json ? JSON.stringify(key) : written(key, false)}: ${written(value, json)}`;
  const opening = (lines[node.value.start.line - 1] ?? "")[node.value.start.col - 1];
  if (opening === "{" || json) {
    if (keys.length === 0) {
      return { range: { start: lsp(node.value.start), end: lsp(node.value.end) }, newText: `{${entry}}` };
    }
    const first = source.locateNode([...parentPath, keys[0] as string]);
    const last = source.locateNode([...parentPath, keys.at(-1) as string]);
    const multiline = first.key !== undefined && first.key.start.line > node.value.start.line;
    const indent = multiline ? " ".repeat((first.key?.start.col ?? 1) - 1) : "";
    const at = lsp(last.value.end);
    return { range: { start: at, end: at }, newText: `,${multiline ? eol : " "}${indent}${entry}` };
  }
  if (keys.length === 0) {
    return undefined;
  }
  const first = source.locateNode([...parentPath, keys[0] as string]);
  const last = source.locateNode([...parentPath, keys.at(-1) as string]);
  const endLine = last.value.end.line;
  const at = { line: endLine - 1, character: (lines[endLine - 1] ?? "").length };
  return { range: { start: at, end: at }, newText: `${eol}${" ".repeat((first.key?.start.col ?? 1) - 1)}${entry}` };
}

/** A value that passes for the field while its author writes the real one: an example, a constant, or empty. */
export function placeholder(root: Schema, field: Schema | undefined): unknown {
  if (field === undefined) {
    return "";
  }
  const resolved = deref(root, field);
  if (Array.isArray(resolved.examples) && resolved.examples.length > 0) {
    return resolved.examples[0];
  }
  if ("const" in resolved) {
    return resolved.const;
  }
  if (Array.isArray(resolved.enum) && resolved.enum.length > 0) {
    return resolved.enum[0];
  }
  const alternatives = [resolved.anyOf, resolved.oneOf].find(Array.isArray) as unknown[] | undefined;
  const first = alternatives?.find(isRecord);
  if (first !== undefined) {
    return placeholder(root, first);
  }
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  return type === "integer" || type === "number" ? 0 : type === "boolean" ? false : type === "array" ? [] : type === "object" ? {} : "";
}

const overlaps = (a: Range, b: Range): boolean =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character)) &&
  !(b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

function nodeRange(source: ParsedSource, path: DocPath): Range | undefined {
  const node = source.locateNode(path);
  if (node.depth !== path.length) {
    return undefined;
  }
  return { start: lsp(node.key?.start ?? node.value.start), end: lsp(node.value.end) };
}

/** The edit that sets the sha256 at `change.path`: the value replaced where it stands (its quotes kept), or added. */
function hashEdit(source: ParsedSource, text: string, change: HashChange, json: boolean): TextEdit | undefined {
  const node = source.locateNode(change.path);
  if (node.depth === change.path.length && typeof valueAt(source.value, change.path) === "string") {
    const { lines } = linesOf(text);
    const quote = (lines[node.value.start.line - 1] ?? "")[node.value.start.col - 1];
    const newText = quote === '"' ? JSON.stringify(change.to) : quote === "'" ? `'${change.to}'` : written(change.to, json);
    return { range: { start: lsp(node.value.start), end: lsp(node.value.end) }, newText };
  }
  return insertEntry(source, text, change.path.slice(0, -1), String(change.path.at(-1)), change.to, json);
}

async function hashActions(
  state: OpenDocument,
  source: ParsedSource,
  path: string,
  range: Range,
  hashCache: HashCache,
  wanted: (kind: string) => boolean,
): Promise<CodeAction[]> {
  const content = source.value;
  if (!isRecord(content) || typeof content.type !== "string") {
    return [];
  }
  const refs = fileRefs(content, content.type, String(content.format_version ?? "")).filter((ref) => ref.sha256Path !== undefined);
  const near = refs.filter((ref) => {
    const at = nodeRange(source, ref.loc);
    return at !== undefined && overlaps(at, range);
  });
  if (near.length === 0 && !wanted(UPDATE_HASHES_KIND)) {
    return [];
  }
  const description = await loadParsedFile(source, path, { performIoChecks: true, updateHashes: true, hashCache });
  const changes = hashChanges(description, content);
  const text = state.document.getText();
  const json = /\.json$/i.test(path);
  const actions: CodeAction[] = [];
  const uri = state.document.uri;
  for (const ref of near) {
    const change = changes.find((c) => JSON.stringify(c.path) === JSON.stringify(ref.sha256Path));
    const edit = change && hashEdit(source, text, change, json);
    if (edit !== undefined && wanted(CodeActionKind.QuickFix)) {
      actions.push({
        title: `${change?.from === null ? "Fill in" : "Update"} the sha256 of ${ref.source} from the file`,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [uri]: [edit] } },
      });
    }
  }
  const all = changes.flatMap((change) => hashEdit(source, text, change, json) ?? []);
  if (all.length > 0 && wanted(UPDATE_HASHES_KIND)) {
    // edits of one request must not overlap: hashes added to one mapping become one insertion each, at one place
    actions.push({
      title: `Update every sha256 from the files (${all.length})`,
      kind: UPDATE_HASHES_KIND,
      edit: { changes: { [uri]: all } },
    });
  }
  return actions;
}

/** The conversion of each document's version (editors ask for actions whenever the cursor moves). */
const conversions = new WeakMap<OpenDocument, { readonly version: number; readonly action: Promise<CodeAction | undefined> }>();

function updateFormatAction(state: OpenDocument, source: ParsedSource, path: string): Promise<CodeAction | undefined> {
  const known = conversions.get(state);
  if (known?.version === state.document.version) {
    return known.action;
  }
  const action = convertedAction(state, source, path);
  conversions.set(state, { version: state.document.version, action });
  return action;
}

async function convertedAction(state: OpenDocument, source: ParsedSource, path: string): Promise<CodeAction | undefined> {
  const content = source.value;
  if (!isRecord(content) || typeof content.format_version !== "string") {
    return undefined;
  }
  let latest: string;
  try {
    latest = descriptionClassFor(content.type, "latest", true).descriptionClass.implementedFormatVersion;
  } catch {
    return undefined;
  }
  if (content.format_version === latest) {
    return undefined;
  }
  const title = `Convert to the latest format (${String(content.type)} ${latest})`;
  const description = await updateFormat(copyDocument(content));
  if (!description.valid) {
    const errors = description.validationSummary.errors.length;
    return { title, kind: CodeActionKind.RefactorRewrite, disabled: { reason: `the converted description is invalid (${errors} errors)` } };
  }
  const dumped = dumpDescription(description, { excludeDefaults: true });
  const newText = /\.json$/i.test(path) ? `${JSON.stringify(dumped, null, 2)}\n` : toYamlText(dumped);
  const { lines } = linesOf(state.document.getText());
  const end = { line: lines.length - 1, character: (lines.at(-1) ?? "").length };
  return {
    title,
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [state.document.uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText }] } },
  };
}

async function missingFieldActions(
  state: OpenDocument,
  source: ParsedSource,
  diagnostics: readonly Diagnostic[],
  schemaOf: () => Promise<DocumentSchema | undefined>,
  json: boolean,
): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const text = state.document.getText();
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    const key = data?.path.at(-1);
    if (data?.type !== "missing" || typeof key !== "string") {
      continue;
    }
    const schema = await schemaOf();
    const field = schema === undefined ? undefined : schemaAt(schema, source.value, data.path);
    const value = schema === undefined ? "" : placeholder(schema.root, field);
    const edit = insertEntry(source, text, data.path.slice(0, -1), key, value, json);
    if (edit !== undefined) {
      actions.push({
        title: `Add the missing field '${key}'`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [state.document.uri]: [edit] } },
      });
    }
  }
  return actions;
}

export async function codeActions(
  documents: Documents,
  state: OpenDocument,
  params: CodeActionParams,
  hashCache: HashCache,
): Promise<CodeAction[]> {
  const snapshot = documents.snapshot(state);
  const source = snapshot.source;
  if (source === undefined || snapshot.kind === undefined) {
    return []; // edits need a document that parses as it is now
  }
  const only = params.context.only;
  const wanted = (kind: string): boolean => only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const json = /\.json$/i.test(snapshot.path);
  const kind = snapshot.kind;
  const actions = await missingFieldActions(state, source, params.context.diagnostics, () => documentSchema(kind, source.value), json);
  if (snapshot.kind.name === "bioimageio") {
    if (snapshot.onDisk) {
      actions.push(...(await hashActions(state, source, snapshot.path, params.range, hashCache, wanted)));
    }
    const convert = wanted(CodeActionKind.RefactorRewrite) ? await updateFormatAction(state, source, snapshot.path) : undefined;
    if (convert !== undefined) {
      actions.push(convert);
    }
  }
  return actions.filter((action) => action.kind === undefined || wanted(action.kind));
}
