// Model 0.5 before-validators: `IntervalOrRatioDataDescr._replace_inf` (JSON has no infinity; the range
// bound "no limit" is null).
import { carryPyNumberKinds } from "../../../engine/py-numbers.js";
import { WARNING } from "../../../engine/summary/types.js";
import { defineRuleInfo } from "../../../engine/validation/rule.js";
import type { Issue } from "../../../engine/summary/issue.js";
import { acceptDatetimeTimestamp, type Content, intLiteralIssue, normalizeSha256Values, type Prepared } from "../../prepare.js";
import { formatVersionTuple, InvalidIntLiteral } from "../../format-version.js";
import { isRecord } from "../../../engine/records.js";
import { removeVersionNumber } from "../../generic/0.3/prepare.js";
import { specs } from "../../../../generated/index.js";
import { dataEntryLoc } from "./data-union.js";
import type { TensorField } from "./model.js";

const MODEL_0_5 = specs["bioimageio/model/0.5"].formatVersion;

export const REPLACE_INF = defineRuleInfo({
  id: "model05.data.replace-inf",
  description:
    "an infinite data range bound (inf, -inf, .inf) is replaced by null, with a warning; a string range is read as the sequence of its characters",
  severity: WARNING,
  messages: ["replaced 'inf' value"],
  reference: "src/bioimageio/spec/model/v0_5.py:890",
});

const ARBITRARY_UNIT = "arbitrary unit";

const INFINITE = new Set<unknown>(["inf", "-inf", ".inf", "-.inf", Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);

/**
 * The range of data description `j` (undefined: the tensor's only one) as `_replace_inf` leaves it: any sequence made
 * a tuple (a string one of its characters), infinite bounds replaced by null. The warning is the
 * IntervalOrRatioDataDescr branch's (a before-validator of that branch of the data union): its loc has the tag.
 */
function replaceInRange(data: unknown, field: TensorField, i: number, j: number | undefined, issues: Issue[]): unknown {
  if (!isRecord(data)) {
    return data;
  }
  if (typeof data.range === "string") {
    return carryPyNumberKinds(data, { ...data, range: [...data.range] });
  }
  if (!Array.isArray(data.range) || !data.range.some((v) => INFINITE.has(v))) {
    return data;
  }
  issues.push({
    loc: dataEntryLoc(field, i, j, "interval"),
    path: j === undefined ? [field, i, "data", "range"] : [field, i, "data", j, "range"],
    msg: "replaced 'inf' value",
    type: "warning",
    severity: WARNING,
    rule: REPLACE_INF.id,
  });
  const range = carryPyNumberKinds(
    data.range,
    data.range.map((v) => (INFINITE.has(v) ? null : v)),
  );
  return carryPyNumberKinds(data, { ...data, range });
}

/**
 * `SiUnit`'s before-validator: `×`, `*` and spaces in a unit are written `·`. It belongs to the SiUnit branch of
 * the unit union only: `arbitrary unit` matches the Literal branch first and stays as it is.
 */
function normalizedUnit(data: unknown): unknown {
  if (!isRecord(data) || typeof data.unit !== "string" || data.unit === ARBITRARY_UNIT || !/[×* ]/.test(data.unit)) {
    return data;
  }
  return carryPyNumberKinds(data, { ...data, unit: data.unit.replace(/[×* ]/g, "·") });
}

/** The data units of the tensors normalised as `SiUnit` does (copying only what changes). */
function normalizeDataUnits(content: Content): Content {
  const out: Content = carryPyNumberKinds(content, { ...content });
  let changed = false;
  for (const field of ["inputs", "outputs"] as const) {
    const tensors = content[field];
    if (!Array.isArray(tensors)) {
      continue;
    }
    const mapped = tensors.map((tensor) => {
      if (!isRecord(tensor)) {
        return tensor;
      }
      const data = tensor.data;
      const normalized = Array.isArray(data) ? data.map(normalizedUnit) : normalizedUnit(data);
      const same = Array.isArray(data) && Array.isArray(normalized) ? normalized.every((d, i) => d === data[i]) : normalized === data;
      return same ? tensor : carryPyNumberKinds(tensor, { ...tensor, data: normalized });
    });
    if (mapped.some((tensor, i) => tensor !== tensors[i])) {
      out[field] = mapped;
      changed = true;
    }
  }
  return changed ? out : content;
}

const SHORT_AXIS_IDS: Readonly<Record<string, string>> = { b: "batch", t: "time", i: "index", c: "channel" };

/** `_normalize_axis_id`, the last validator of every `AxisId`: `b`, `t`, `i`, `c` become `batch`, `time`, `index`, `channel`. */
function normalizedAxisId(id: unknown): unknown {
  return typeof id === "string" ? (SHORT_AXIS_IDS[id] ?? id) : id;
}

/** A copy of `record` with `key` mapped (the same record when nothing changes). */
function mapped(record: Record<string, unknown>, key: string, map: (value: unknown) => unknown): Record<string, unknown> {
  const value = record[key];
  const next = map(value);
  return next === value ? record : carryPyNumberKinds(record, { ...record, [key]: next });
}

/** A copy of `list` with its items mapped (the same list when nothing changes). */
function mappedItems(list: unknown, map: (item: unknown) => unknown): unknown {
  if (!Array.isArray(list)) {
    return list;
  }
  const next = list.map(map);
  return next.every((item, i) => item === list[i]) ? list : carryPyNumberKinds(list, next);
}

const recordMapped = (key: string, map: (value: unknown) => unknown) => (value: unknown) =>
  isRecord(value) ? mapped(value, key, map) : value;

/**
 * The axis ids of the tensors (`AxisId` fields: an axis' `id`, a size reference's `axis_id`, processing kwargs'
 * `axes` and `axis`) normalised as the reference's models hold them, so that the rules compare and print them so
 * (`Duplicate axis ids: {'channel'}` for a space axis `c` beside the channel axis).
 */
function normalizeAxisIds(content: Content): Content {
  const axis = (value: unknown) =>
    recordMapped("size", recordMapped("axis_id", normalizedAxisId))(recordMapped("id", normalizedAxisId)(value));
  const step = recordMapped("kwargs", (kwargs) =>
    recordMapped("axis", normalizedAxisId)(recordMapped("axes", (axes) => mappedItems(axes, normalizedAxisId))(kwargs)),
  );
  const tensor = (value: unknown) =>
    ["preprocessing", "postprocessing"].reduce(
      (t, key) => recordMapped(key, (steps) => mappedItems(steps, step))(t),
      recordMapped("axes", (axes) => mappedItems(axes, axis))(value),
    );
  return ["inputs", "outputs"].reduce<Content>(
    (doc, field) => mapped(doc, field, (tensors) => mappedItems(tensors, tensor)) as Content,
    content,
  );
}

export function replaceInfiniteDataRanges(content: Content): Prepared {
  const issues: Issue[] = [];
  const out: Content = carryPyNumberKinds(content, { ...content });
  for (const field of ["inputs", "outputs"] as const) {
    const tensors = content[field];
    if (!Array.isArray(tensors)) {
      continue;
    }
    out[field] = tensors.map((tensor, i) => {
      if (!isRecord(tensor)) {
        return tensor;
      }
      const data = tensor.data;
      const replaced = Array.isArray(data)
        ? data.map((entry, j) => replaceInRange(entry, field, i, j, issues))
        : replaceInRange(data, field, i, undefined, issues);
      return replaced === data ? tensor : { ...tensor, data: replaced };
    });
  }
  return { content: out, issues };
}

/**
 * The before-validators of model 0.5: `version_number` moves to `version` (the generic base's, also in the linked
 * `parent` and `training_data`), then infinite data ranges become null.
 */
export function prepareModelV0_5(content: Content): Prepared {
  let prepared = acceptDatetimeTimestamp(content);
  // `convert_from_old_format_wo_validation`: any 0.5.x patch of a model is bumped silently (no future-patch alert)
  let fv: ReturnType<typeof formatVersionTuple>;
  try {
    fv = content.type === "model" ? formatVersionTuple(content.format_version) : undefined;
  } catch (error) {
    if (error instanceof InvalidIntLiteral) {
      return { content, issues: [intLiteralIssue(error)] };
    }
    throw error;
  }
  if (fv && fv[0] === 0 && fv[1] === 5 && content.format_version !== MODEL_0_5) {
    prepared = carryPyNumberKinds(prepared, { ...prepared, format_version: MODEL_0_5 });
  }
  const linked = (["parent", "training_data"] as const).filter((key) => isRecord(content[key]) && "version_number" in content[key]);
  if ("version_number" in content || linked.length > 0) {
    const data = carryPyNumberKinds(prepared, { ...prepared });
    removeVersionNumber(data);
    for (const key of linked) {
      const copy = carryPyNumberKinds(content[key] as Content, { ...(content[key] as Content) });
      removeVersionNumber(copy);
      data[key] = copy;
    }
    prepared = data;
  }
  return replaceInfiniteDataRanges(normalizeAxisIds(normalizeDataUnits(normalizeSha256Values(prepared))));
}

function dtypeOf(tensor: Record<string, unknown>): string {
  const data = Array.isArray(tensor.data) ? tensor.data[0] : tensor.data;
  if (isRecord(data) && typeof data.type === "string") {
    return data.type;
  }
  return isRecord(data) && "values" in data ? "uint8" : "float32";
}

function stepId(step: unknown): unknown {
  return isRecord(step) ? step.id : undefined;
}

/**
 * The reference's normalisation of a validated model 0.5 (`_validate_preprocessing_kwargs`,
 * `_validate_postprocessing_kwargs`): preprocessing starts with an `ensure_dtype` to the input's data type and
 * ends with one unless it ends with `binarize`; postprocessing ends likewise. Dumps show it.
 */
export function normalizeModel05(content: Content): Content {
  const ensure = (tensor: Record<string, unknown>) => ({ id: "ensure_dtype", kwargs: { dtype: dtypeOf(tensor) } });
  const tensors = (field: "inputs" | "outputs", key: "preprocessing" | "postprocessing") =>
    (Array.isArray(content[field]) ? (content[field] as unknown[]) : []).map((tensor) => {
      if (!isRecord(tensor)) {
        return tensor;
      }
      const steps = Array.isArray(tensor[key]) ? [...(tensor[key] as unknown[])] : [];
      if (field === "inputs" && stepId(steps[0]) !== "ensure_dtype") {
        steps.unshift(ensure(tensor));
      }
      const last = stepId(steps[steps.length - 1]);
      if (last !== "ensure_dtype" && last !== "binarize") {
        steps.push(ensure(tensor));
      }
      return carryPyNumberKinds(tensor, { ...tensor, [key]: steps });
    });
  return carryPyNumberKinds(content, {
    ...content,
    inputs: tensors("inputs", "preprocessing"),
    outputs: tensors("outputs", "postprocessing"),
  });
}
