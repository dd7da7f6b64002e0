// updateHashes: every sha256 of a description recomputed from its files (the reference's `update_hashes`), and
// writing them back into the YAML file in place, keeping its comments and layout.
import { writeFileAtomic } from "../../engine/node/atomic-write.js";
import { isScalar, parseDocument } from "yaml";
import type { SourceInput } from "./sources.js";
import type { LoadedDescription } from "../build.js";
import { fileRefs } from "../file-refs.js";
import { isRecord } from "../../engine/records.js";
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

function getIn(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const segment of path) {
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return node;
}

/**
 * The YAML text with new hash values: an existing value is replaced where it stands (the rest of the file is
 * untouched, byte for byte); a hash that was missing is added through the YAML document (which re-renders it).
 */
function rewriteHashes(text: string, changes: readonly HashChange[]): string {
  const doc = parseDocument(text, { version: "1.2" });
  const inPlace: [number, number, string][] = [];
  const added: HashChange[] = [];
  for (const change of changes) {
    const node = doc.getIn(change.path, true);
    if (isScalar(node) && node.range) {
      inPlace.push([node.range[0], node.range[1], change.to]);
    } else {
      added.push(change);
    }
  }
  if (added.length > 0) {
    for (const change of changes) {
      doc.setIn(change.path, change.to);
    }
    return doc.toString();
  }
  let out = text;
  for (const [start, end, value] of inPlace.sort((a, b) => b[0] - a[0])) {
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
  const content = isRecord(description.content) ? description.content : {};
  const type = typeof content.type === "string" ? content.type : "generic";
  const formatVersion = String(content.format_version ?? "");
  const changes: HashChange[] = [];
  for (const ref of fileRefs(content, type, formatVersion)) {
    if (!ref.sha256Path) {
      continue;
    }
    const to = getIn(content, ref.sha256Path);
    const from = getIn(parsed.value, ref.sha256Path);
    if (typeof to === "string" && to !== from) {
      changes.push({ path: ref.sha256Path, from: typeof from === "string" ? from : null, to });
    }
  }
  if (changes.length > 0 || options.outputPath !== undefined) {
    const text = rewriteHashes(opened.text, changes);
    await writeFileAtomic(options.outputPath ?? path, text);
  }
  return { description, changes };
}
