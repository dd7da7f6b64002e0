// Completion: the field names the spec allows at the cursor (those not written yet), the values a field allows
// (its enums and constants), and the tensor and axis ids of the document where a field refers to one.
import {
  type CompletionItem,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type Position,
  type TextEdit,
} from "vscode-languageserver/node";
import type { DocPath } from "../engine/summary/issue.js";
import { isPlainString } from "../engine/load/yaml-fast.js";
import { isRecord, valueAt } from "../engine/records.js";
import { type CursorContext, jsonCursor, yamlCursor } from "./cursor.js";
import type { Documents, OpenDocument } from "./documents.js";
import { fieldMarkdown } from "./hover.js";
import {
  allowedValues,
  branches,
  childSchema,
  deref,
  type DocumentSchema,
  documentSchema,
  refName,
  type Schema,
  schemaAt,
  typeText,
} from "./schema.js";

/** The default id of an axis of each type (model 0.5), for axes written without one. */
const DEFAULT_AXIS_IDS: Readonly<Record<string, string>> = { batch: "batch", channel: "channel", index: "index", time: "time", space: "x" };

function tensorsOf(document: unknown): Record<string, unknown>[] {
  const record = isRecord(document) ? document : {};
  return [record.inputs, record.outputs].flatMap((list) => (Array.isArray(list) ? list.filter(isRecord) : []));
}

function tensorIdOf(tensor: Record<string, unknown>): string | undefined {
  const id = tensor.id ?? tensor.name; // model 0.5: `id`; 0.4: `name`
  return typeof id === "string" ? id : undefined;
}

function axisIdsOf(tensor: Record<string, unknown> | undefined): string[] {
  const axes = Array.isArray(tensor?.axes) ? tensor.axes : [];
  return axes.filter(isRecord).flatMap((axis) => {
    const id = typeof axis.id === "string" ? axis.id : DEFAULT_AXIS_IDS[String(axis.type)];
    return id === undefined ? [] : [id];
  });
}

/** The `$defs` a field is, or holds items of, through its unions. */
function refNames(root: Schema, field: Schema): Set<string> {
  const names = new Set<string>();
  const visit = (schema: Schema, depth: number): void => {
    const name = refName(schema);
    if (name !== undefined) {
      names.add(name);
    }
    const resolved = deref(root, schema);
    if (depth < 4) {
      for (const branch of [resolved.anyOf, resolved.oneOf].filter(Array.isArray).flat()) {
        if (isRecord(branch)) {
          visit(branch, depth + 1);
        }
      }
      if (isRecord(resolved.items)) {
        visit(resolved.items, depth + 1);
      }
    }
  };
  visit(field, 0);
  return names;
}

/**
 * The ids a field refers to, when it refers to a tensor or an axis of this document: its schema is a tensor or
 * axis id, and it is not the `id`/`name` that defines one.
 */
function referencedIds(root: Schema, field: Schema, document: unknown, path: DocPath): string[] {
  const names = refNames(root, field);
  const key = [...path].reverse().find((segment) => typeof segment === "string");
  if ((names.has("TensorId") || names.has("TensorName")) && key !== "id" && key !== "name") {
    return tensorsOf(document).flatMap((tensor) => tensorIdOf(tensor) ?? []);
  }
  if ((names.has("AxisId") || names.has("NonBatchAxisId")) && key !== "id") {
    const tensors = tensorsOf(document);
    // a size reference names its tensor; kwargs of a pre-/postprocessing step are about their own tensor
    const sibling = valueAt(document, path.slice(0, typeof path.at(-1) === "number" ? -2 : -1));
    const named =
      isRecord(sibling) && typeof sibling.tensor_id === "string" ? tensors.find((t) => tensorIdOf(t) === sibling.tensor_id) : undefined;
    const [list, index] = path;
    const own = (list === "inputs" || list === "outputs") && typeof index === "number" ? valueAt(document, [list, index]) : undefined;
    const tensor = named ?? (isRecord(own) ? own : undefined);
    return [...new Set(tensor ? axisIdsOf(tensor) : tensors.flatMap(axisIdsOf))];
  }
  return [];
}

/** The schemas a field at `path` may have: the property across every branch its parent may take. */
function fieldSchemas(schema: DocumentSchema, document: unknown, path: DocPath): Schema[] {
  const parentPath = path.slice(0, -1);
  const segment = path.at(-1);
  const parent =
    parentPath.length < schema.skip ? undefined : parentPath.length === schema.skip ? schema.root : schemaAt(schema, document, parentPath);
  if (parent === undefined || segment === undefined) {
    return [];
  }
  // the field being written does not pick the parent's branch (an axis's `type` while it is typed)
  const parentValue = valueAt(document, parentPath);
  const others =
    isRecord(parentValue) && typeof segment === "string"
      ? Object.fromEntries(Object.entries(parentValue).filter(([k]) => k !== segment))
      : parentValue;
  const found: Schema[] = [];
  for (const branch of branches(schema.root, parent, others)) {
    const child = childSchema(schema.root, branch, segment, undefined);
    if (child !== undefined) {
      found.push(child);
    }
  }
  return found;
}

/** A value as written in YAML (plain when it reads back as itself) or JSON. */
export function written(value: unknown, json: boolean): string {
  return typeof value === "string" && !json && isPlainString(value) ? value : JSON.stringify(value);
}

interface Replace {
  readonly position: Position;
  readonly prefix: string;
  readonly suffix: string;
}

function editOf(replace: Replace, text: string): TextEdit {
  const { line, character } = replace.position;
  return {
    range: { start: { line, character: character - replace.prefix.length }, end: { line, character: character + replace.suffix.length } },
    newText: text,
  };
}

/** The keys the mapping at `path` may still take (`fresh`: a new item, nothing written in it yet). */
function keyItems(
  schema: DocumentSchema,
  document: unknown,
  path: DocPath,
  replace: Replace,
  json: boolean,
  fresh = false,
): CompletionItem[] {
  const objectSchema = path.length < schema.skip ? undefined : path.length === schema.skip ? schema.root : schemaAt(schema, document, path);
  if (objectSchema === undefined) {
    return [];
  }
  const value = fresh ? undefined : valueAt(document, path);
  const existing = new Set(isRecord(value) ? Object.keys(value) : []);
  const items = new Map<string, CompletionItem>();
  for (const branch of branches(schema.root, objectSchema, isRecord(value) ? value : undefined)) {
    const properties = isRecord(branch.properties) ? branch.properties : {};
    const required = new Set(Array.isArray(branch.required) ? (branch.required as string[]) : []);
    for (const [name, property] of Object.entries(properties)) {
      if (existing.has(name) || items.has(name) || !isRecord(property)) {
        continue;
      }
      const key = json ? `"${name}": ` : `${name}: `;
      items.set(name, {
        label: name,
        kind: CompletionItemKind.Property,
        detail: typeText(schema.root, property),
        documentation: { kind: MarkupKind.Markdown, value: fieldMarkdown(schema.root, property, name) },
        sortText: `${required.has(name) ? "0" : "1"}${name}`,
        filterText: json ? `"${name}"` : name,
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: editOf(replace, key),
      });
    }
  }
  return [...items.values()];
}

function valueItems(schema: DocumentSchema, document: unknown, path: DocPath, replace: Replace, json: boolean): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const field of fieldSchemas(schema, document, path)) {
    for (const value of allowedValues(schema.root, field)) {
      const text = written(value, json);
      items.set(text, {
        label: String(value),
        kind: CompletionItemKind.EnumMember,
        detail: typeText(schema.root, field),
        textEdit: editOf(replace, text),
      });
    }
    for (const id of referencedIds(schema.root, field, document, path)) {
      const text = written(id, json);
      items.set(text, { label: id, kind: CompletionItemKind.Reference, detail: "an id in this document", textEdit: editOf(replace, text) });
    }
  }
  return [...items.values()];
}

export function completionsAt(
  schema: DocumentSchema,
  document: unknown,
  context: CursorContext,
  position: Position,
  json: boolean,
): CompletionItem[] {
  const replace = { position, prefix: context.prefix, suffix: context.suffix ?? "" };
  if (context.at === "value") {
    return valueItems(schema, document, context.path, replace, json);
  }
  if (context.at === "key") {
    const keys = keyItems(schema, document, context.path, replace, json);
    // `key:` with its value typed on the next line reads as a key of that value
    return keys.length > 0 || context.path.length === 0 ? keys : valueItems(schema, document, context.path, replace, json);
  }
  // a new item: the keys of a mapping item and the values of a scalar one
  return [...keyItems(schema, document, context.path, replace, json, true), ...valueItems(schema, document, context.path, replace, json)];
}

export async function complete(documents: Documents, state: OpenDocument, position: Position): Promise<CompletionItem[]> {
  const snapshot = documents.snapshot(state);
  if (snapshot.kind === undefined) {
    return [];
  }
  const schema = await documentSchema(snapshot.kind, snapshot.value);
  if (schema === undefined) {
    return [];
  }
  const json = /\.json$/i.test(snapshot.path);
  const text = state.document.getText();
  const context = json ? jsonCursor(text, state.document.offsetAt(position)) : yamlCursor(text, position.line, position.character);
  return completionsAt(schema, snapshot.value, context, position, json);
}
