// Hover: the field under the cursor as the spec describes it (its title and description, in the spec's own
// words), with its type, the values it allows and its default.
import { type Hover, MarkupKind, type Position } from "vscode-languageserver/node";
import type { LineCol, TextSpan } from "../engine/load/located-node.js";
import type { ParsedSource } from "../engine/load/parse.js";
import type { DocPath } from "../engine/summary/issue.js";
import { jsonCursor, yamlCursor } from "./cursor.js";
import type { Documents, OpenDocument } from "./documents.js";
import { allowedValues, deref, documentSchema, type Schema, schemaAt, typeText } from "./schema.js";

/** How many allowed values a hover lists (an SPDX licence field allows hundreds). */
const MAX_VALUES = 24;

const before = (a: LineCol, b: LineCol): boolean => a.line < b.line || (a.line === b.line && a.col <= b.col);
const within = (at: LineCol, span: TextSpan): boolean => before(span.start, at) && before(at, span.end);

/** The deepest path whose key or value holds `at`, and the span that does, in a document that parses. */
export function pathAtPosition(source: ParsedSource, at: LineCol): { path: DocPath; span: TextSpan } | undefined {
  let path: (string | number)[] = [];
  let node = source.value;
  let found: TextSpan | undefined;
  descend: for (;;) {
    if (typeof node !== "object" || node === null) {
      break;
    }
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      const child = [...path, key];
      const located = source.locateNode(child);
      if (located.depth !== child.length) {
        continue;
      }
      if (located.key && within(at, located.key)) {
        return { path: child, span: located.key };
      }
      if (within(at, located.value)) {
        path = child;
        found = located.value;
        node = (node as Record<string | number, unknown>)[key];
        continue descend;
      }
    }
    break;
  }
  return found === undefined ? undefined : { path, span: found };
}

function inline(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return `\`${text.length > 80 ? `${text.slice(0, 77)}...` : text}\``;
}

/** The hover text of a field: title, description, type, allowed values, default. */
export function fieldMarkdown(root: Schema, field: Schema, name: string | number | undefined): string {
  const resolved = deref(root, field);
  const title = typeof resolved.title === "string" ? resolved.title : undefined;
  const parts = [`**${title ?? String(name ?? "")}**${name !== undefined && typeof name === "string" ? ` \`${name}\`` : ""}`];
  if (typeof resolved.description === "string") {
    parts.push(resolved.description);
  }
  parts.push(`Type: \`${typeText(root, field)}\``);
  const values = allowedValues(root, field).filter((v) => typeof v !== "boolean");
  if (values.length > 0) {
    const shown = values.slice(0, MAX_VALUES).map(inline).join(", ");
    parts.push(`Allowed values: ${shown}${values.length > MAX_VALUES ? `, ... (${values.length - MAX_VALUES} more)` : ""}`);
  }
  if ("default" in resolved) {
    parts.push(`Default: ${inline(resolved.default)}`);
  }
  return parts.join("\n\n");
}

export async function hover(documents: Documents, state: OpenDocument, position: Position): Promise<Hover | null> {
  const snapshot = documents.snapshot(state);
  if (snapshot.kind === undefined) {
    return null;
  }
  const schema = await documentSchema(snapshot.kind, snapshot.value);
  if (schema === undefined) {
    return null;
  }
  const at = { line: position.line + 1, col: position.character + 1 };
  let path: DocPath;
  let span: TextSpan | undefined;
  const found = snapshot.source === undefined ? undefined : pathAtPosition(snapshot.source, at);
  if (found !== undefined) {
    ({ path, span } = found);
  } else {
    // a document that does not parse: the field whose key or value the cursor is on, read from the text (YAML:
    // its whole line, so that the cursor may be on the key)
    const text = state.document.getText();
    const lineEnd =
      state.document.offsetAt({ line: position.line + 1, character: 0 }) - state.document.offsetAt({ line: position.line, character: 0 });
    const context = /\.json$/i.test(snapshot.path)
      ? jsonCursor(text, state.document.offsetAt(position))
      : yamlCursor(text, position.line, lineEnd);
    if (context.at !== "value") {
      return null;
    }
    path = context.path;
  }
  const field = path.length === 0 ? undefined : schemaAt(schema, snapshot.value, path);
  if (field === undefined) {
    return null;
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: fieldMarkdown(schema.root, field, path.at(-1)) },
    ...(span
      ? {
          range: {
            start: { line: span.start.line - 1, character: span.start.col - 1 },
            end: { line: span.end.line - 1, character: span.end.col - 1 },
          },
        }
      : {}),
  };
}
