// updateHashes: every sha256 of a description recomputed from its files (the reference's `update_hashes`), and
// writing them back into the YAML file in place, keeping its comments and layout.
import { writeFileAtomic } from "../../engine/node/atomic-write.js";
import { isMap, isNode, isScalar, parseDocument, type Scalar } from "yaml";
import type { SourceInput } from "./sources.js";
import type { LoadedDescription } from "../build.js";
import { fileRefs } from "../file-refs.js";
import { isRecord, valueAt } from "../../engine/records.js";
import { type LoadOptions, loadSource } from "./load.js";

/** The description with every sha256 recomputed (an InvalidDescr still carries the new values in its content). */
export async function updateHashes(
  source: SourceInput,
  options: Omit<LoadOptions, "performIoChecks" | "updateHashes"> = {},
): Promise<LoadedDescription> {
  const { description, opened } = await loadSource(source, { ...options, performIoChecks: true, updateHashes: true });
  await opened.close();
  return description;
}

export interface HashChange {
  readonly path: readonly (string | number)[];
  readonly from: string | null;
  readonly to: string;
}

/** Where a missing `sha256` goes in the text: after its mapping's `source` (or last) entry, as one more entry. */
function insertion(text: string, parent: unknown, key: string, value: string): [number, string] | undefined {
  if (!isMap(parent) || !parent.range) {
    return undefined;
  }
  const pairs = parent.items.filter((pair) => isScalar(pair.key) && isNode(pair.value) && pair.value.range);
  const after = pairs.find((pair) => (pair.key as Scalar).value === "source") ?? pairs.at(-1);
  const afterKey = after?.key as Scalar | undefined;
  const valueEnd = isNode(after?.value) ? after.value.range?.[1] : undefined;
  if (!after || !afterKey?.range || valueEnd === undefined) {
    return undefined;
  }
  if (parent.flow) {
    // `{source: a.pt}`: one more entry before the closing brace
    const close = text.lastIndexOf("}", parent.range[1]);
    return close < 0 ? undefined : [close, `, ${key}: ${value}`];
  }
  // a block mapping: a line of its own, indented as the entry it follows, with the file's line breaks
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lineStart = text.lastIndexOf("\n", afterKey.range[0] - 1) + 1;
  const indent = " ".repeat(afterKey.range[0] - lineStart);
  const newline = text[valueEnd - 1] === "\n" ? valueEnd - 1 : text.indexOf("\n", valueEnd);
  return newline < 0 ? [text.length, `${eol}${indent}${key}: ${value}`] : [newline + 1, `${indent}${key}: ${value}${eol}`];
}

/** The sha256 values of a description loaded with `updateHashes` that differ from the document as written. */
export function hashChanges(description: LoadedDescription, written: unknown): HashChange[] {
  const content = isRecord(description.content) ? description.content : {};
  const type = typeof content.type === "string" ? content.type : "generic";
  const formatVersion = String(content.format_version ?? "");
  const changes: HashChange[] = [];
  for (const ref of fileRefs(content, type, formatVersion)) {
    if (!ref.sha256Path) {
      continue;
    }
    const to = valueAt(content, ref.sha256Path);
    const from = valueAt(written, ref.sha256Path);
    if (typeof to === "string" && to !== from) {
      changes.push({ path: ref.sha256Path, from: typeof from === "string" ? from : null, to });
    }
  }
  return changes;
}

/**
 * The YAML text with new hash values, edited in place: an existing value is replaced where it stands, a missing
 * one is inserted as a line of its own after its file's `source`; the rest of the file is untouched, byte for
 * byte (re-rendering the document would re-fold long texts such as citations). Only a hash whose mapping is not
 * in the text (never the case for a file reference, which has its `source`) goes through the YAML document.
 */
function rewriteHashes(text: string, changes: readonly HashChange[]): string {
  const doc = parseDocument(text, { version: "1.2" });
  const edits: [number, number, string][] = [];
  for (const change of changes) {
    const node = doc.getIn(change.path, true);
    const key = change.path.at(-1);
    const inserted = isScalar(node) ? undefined : insertion(text, doc.getIn(change.path.slice(0, -1), true), String(key), change.to);
    if (isScalar(node) && node.range) {
      edits.push([node.range[0], node.range[1], change.to]);
    } else if (inserted) {
      edits.push([inserted[0], inserted[0], inserted[1]]);
    } else {
      for (const each of changes) {
        doc.setIn(each.path, each.to);
      }
      return doc.toString();
    }
  }
  let out = text;
  for (const [start, end, value] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + value + out.slice(end);
  }
  return out;
}

/**
 * Recomputes the hashes of a local YAML description and writes the changed ones back into the file (through a
 * temp file renamed into place). Returns the description and the changes; nothing is written when none changed.
 */
export async function updateHashesInFile(
  path: string,
  options: Omit<LoadOptions, "performIoChecks" | "updateHashes"> & { readonly outputPath?: string } = {},
): Promise<{ description: LoadedDescription; changes: readonly HashChange[] }> {
  const { description, opened, parsed } = await loadSource(path, { ...options, performIoChecks: true, updateHashes: true });
  await opened.close(); // a YAML file's source holds no open handle; the text and positions are kept
  if (opened.kind !== "file") {
    throw new Error(`${path}: update-hashes writes YAML files only (got a ${opened.kind})`);
  }
  const changes = hashChanges(description, parsed.value);
  if (changes.length > 0 || options.outputPath !== undefined) {
    const text = rewriteHashes(opened.text, changes);
    await writeFileAtomic(options.outputPath ?? path, text);
  }
  return { description, changes };
}
