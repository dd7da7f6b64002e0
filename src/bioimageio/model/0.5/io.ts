// Model 0.5 rules that read referenced files (bioimageio.spec model/v0_5.py, with `perform_io_checks`):
// the documentation's validation section, sample tensor dimensions, test tensors against their axes and
// dtypes, and reproducibility tolerances against the test outputs.
import { ERROR, WARNING } from "../../../engine/summary/types.js";
import { type ImageShape, imageShape } from "../../../engine/formats/image.js";
import { type NpySummary, readNpy, summarizeNpy } from "../../../engine/formats/npy.js";
import { generateCovers, type NdArray } from "./covers.js";
import { concatBytes } from "../../../engine/bytes/streams.js";
import { pyFloat, pyRepr } from "../../../engine/python-repr.js";
import { defineIoRule, type IoRule, type IoRuleContext, type RuleFinding } from "../../../engine/validation/rule.js";
import type { FileDescr, ReproducibilityTolerance } from "../../../../generated/types/bioimageio/model/0.5.js";
import {
  type Axis,
  axisId,
  axisScale,
  axisSize,
  axisUnit,
  type ModelDescr,
  type Tensor,
  type TensorField,
  tensorId,
  tensorEntries,
  tensorsOf,
} from "./model.js";

/** The source of a test or sample tensor, when it is a file description with a string source. */
function fileSource(descr: FileDescr | null | undefined): string | undefined {
  return typeof descr === "object" && descr !== null && typeof descr.source === "string" ? descr.source : undefined;
}

/** Python's repr of a shape tuple: `(512,)`, `(1, 512)`. */
function pyTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** numpy's str() of a scalar of `dtype` (float32 prints its shortest round-tripping digits). */
function numpyScalar(value: number, dtype: string): string {
  if (!dtype.startsWith("float")) {
    return dtype === "bool" ? (value ? "True" : "False") : String(value);
  }
  if (!Number.isFinite(value)) {
    return pyRepr(value);
  }
  if (dtype === "float32") {
    for (let p = 1; p <= 9; p++) {
      const text = value.toPrecision(p);
      if (Math.fround(Number(text)) === value) {
        return pyFloat(Number(text));
      }
    }
  }
  return pyFloat(value);
}

export const documentationValidationSection = defineIoRule<ModelDescr>({
  id: "model05.io.documentation-validation-section",
  description: "the documentation has a '# Validation' (sub)section (warning)",
  severity: [WARNING, ERROR],
  messages: ["No '# Validation' (sub)section found in {source}.", "Value error, failed to read {source}: {error}"],
  reference: "src/bioimageio/spec/model/v0_5.py:3172",
  async *check(doc, context) {
    const source = doc.documentation;
    if (typeof source !== "string" || !context.isValid(["documentation"])) {
      return;
    }
    let text: string;
    try {
      const chunks: Uint8Array[] = [];
      for await (const chunk of context.open(source)) {
        chunks.push(chunk);
      }
      text = new TextDecoder("utf-8").decode(concatBytes(chunks));
    } catch (error) {
      if (context.isKnown(source)) {
        context.notChecked(`documentation ${source}: not readable here (listed in knownFiles)`);
        return;
      }
      yield { loc: ["documentation"], msg: `Value error, failed to read ${source}: ${(error as Error).message}` };
      return;
    }
    if (!/#.*[vV]alidation/.test(text)) {
      yield { loc: ["documentation"], msg: `No '# Validation' (sub)section found in ${source}.`, severity: 30 };
    }
  },
});

/** How many dimensions a squeezed sample may have: axes that may be singletons lower the minimum. */
function sampleDimensionRange(axes: readonly Axis[]): [number, number] {
  let min = axes.length;
  for (const axis of axes) {
    const size = axisSize(axis);
    if (axis.type === "batch") {
      min -= 1;
    } else if (size.kind === "fixed") {
      min -= size.value === 1 ? 1 : 0;
    } else if (size.kind === "parameterized") {
      min -= size.value.min === 1 ? 1 : 0;
    } else if (size.kind === "data-dependent") {
      min -= (size.value.min ?? 1) === 1 ? 1 : 0;
    } else if (size.kind === "reference") {
      min -= (size.value.offset ?? 0) < 2 ? 1 : 0;
    }
  }
  return [Math.max(0, min), axes.length];
}

export const sampleTensorDimensions = defineIoRule<ModelDescr>({
  id: "model05.io.sample-tensor",
  description: "a sample tensor is a readable image whose squeezed dimensions fit its axes",
  severity: ERROR,
  messages: [
    "Value error, failed to read sample tensor {source}: {error}",
    "Value error, Expected sample tensor to have {min} to {max} dimensions, but found {ndim} (shape: {shape}).",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:1652",
  async *check(doc, context) {
    for (const field of ["inputs", "outputs"] as const) {
      for (const [i, tensor] of tensorEntries(doc, field)) {
        const source = fileSource(tensor.sample_tensor);
        if (source === undefined || !context.isValid([field, i])) {
          continue;
        }
        let shape: ImageShape | undefined;
        try {
          shape = await imageShape(context.open(source));
        } catch (error) {
          if (context.isKnown(source)) {
            context.notChecked(`${field}[${i}].sample_tensor ${source}: not readable here (listed in knownFiles)`);
            continue;
          }
          yield { loc: [field, i], msg: `Value error, failed to read sample tensor ${source}: ${(error as Error).message}` };
          continue;
        }
        if (shape === undefined) {
          context.notChecked(
            `${field}[${i}].sample_tensor ${source}: image format not read (PNG, TIFF and JPEG are); dimensions not checked`,
          );
          continue;
        }
        if (shape.checked === "header") {
          const why = shape.notDecoded === undefined ? "" : ` (${shape.notDecoded})`;
          context.notChecked(
            `${field}[${i}].sample_tensor ${source}: ${shape.format} pixel data not decoded${why}; dimensions read from its header`,
          );
        }
        const squeezed = shape.shape.filter((d) => d !== 1).length;
        const [min, max] = sampleDimensionRange(tensor.axes);
        if (squeezed < min || squeezed > max) {
          yield {
            loc: [field, i],
            path: [field, i, "sample_tensor"],
            msg: `Value error, Expected sample tensor to have ${min} to ${max} dimensions, but found ${squeezed} (shape: ${pyTuple(shape.shape)}).`,
          };
        }
      }
    }
  },
});

function tensorDtype(tensor: Tensor): string {
  const first = Array.isArray(tensor.data) ? tensor.data[0] : tensor.data;
  return first?.type ?? (first === undefined || !("values" in first) ? "float32" : "uint8");
}

const NUMERIC = ["float32", "float64", "uint8", "int8", "uint16", "int16", "uint32", "int32", "uint64", "int64"];

interface Loaded {
  readonly field: TensorField;
  readonly tensor: Tensor;
  readonly array: NpySummary | undefined;
}

/** The reference's `validate_tensors` for test tensors; the first problem ends the check, as its ValueError does. */
function validateTestTensors(loaded: readonly Loaded[]): string | undefined {
  const label = (l: Loaded): string => `${l.field}[${tensorId(l.tensor, l.field)}]`;
  const sizes = new Map<string, Map<string, [Axis, number | undefined]>>();
  for (const l of loaded) {
    if (l.array && l.array.shape.length !== l.tensor.axes.length) {
      return `${label(l)} Dimension mismatch: array shape ${pyTuple(l.array.shape)} (#${l.array.shape.length}) incompatible with ${l.tensor.axes.length} axes.`;
    }
    sizes.set(tensorId(l.tensor, l.field), new Map(l.tensor.axes.map((a, i) => [axisId(a), [a, l.array?.shape[i]]])));
  }
  for (const l of loaded) {
    const array = l.array;
    if (!array) {
      continue;
    }
    const dtype = tensorDtype(l.tensor);
    const badDtype = dtype === "float32" || dtype === "float64" ? !NUMERIC.includes(array.dtype) : array.dtype !== dtype;
    if (badDtype) {
      return `${label(l)}.test_tensor.dtype '${array.dtype}' does not match described dtype '${dtype}'`;
    }
    if (array.min !== undefined && array.max !== undefined && array.min > -1e-4 && array.max < 1e-4) {
      return "Output values are too small for reliable testing. Values <-1e5 or >=1e5 must be present in test_tensor";
    }
    for (const axis of l.tensor.axes) {
      const actual = sizes.get(tensorId(l.tensor, l.field))?.get(axisId(axis))?.[1];
      const size = axisSize(axis);
      if (actual === undefined) {
        continue;
      }
      if (size.kind === "fixed") {
        if (actual !== size.value) {
          return `${label(l)}.test_tensor: axis '${axisId(axis)}' has incompatible size ${actual}, expected ${size.value}`;
        }
      } else if (size.kind === "parameterized") {
        const { min, step } = size.value;
        if (actual < min) {
          return `size ${actual} < ${min}`;
        }
        if ((actual - min) % step !== 0) {
          return `axis of size ${actual} is not parameterized by \`min + n*step\` = \`${min} + n*${step}\``;
        }
      } else if (size.kind === "data-dependent") {
        const { min = 1, max } = size.value;
        if (actual < min) {
          return `size ${actual} < ${min}`;
        }
        if (typeof max === "number" && actual > max) {
          return `size ${actual} > ${max}`;
        }
      } else if (size.kind === "reference") {
        const ref = size.value;
        const refTensor = sizes.get(ref.tensor_id);
        if (!refTensor) {
          return `${label(l)}.axes[${axisId(axis)}].size.tensor_id: Unknown tensor reference '${ref.tensor_id}'`;
        }
        const [refAxis, refSize] = refTensor.get(ref.axis_id) ?? [undefined, undefined];
        if (refAxis === undefined || refSize === undefined) {
          return `${label(l)}.axes[${axisId(axis)}].size.axis_id: Unknown tensor axis reference '${ref.tensor_id}.${ref.axis_id}`;
        }
        if (axisUnit(axis) !== axisUnit(refAxis)) {
          return `${label(l)}.axes[${axisId(axis)}].size: \`SizeReference\` requires axis and reference axis to have the same \`unit\`, but ${pyRepr(axisUnit(axis))}!=${pyRepr(axisUnit(refAxis))}`;
        }
        const expected = (refSize * axisScale(refAxis)) / axisScale(axis) + (ref.offset ?? 0);
        if (actual !== expected) {
          return `${label(l)}.test_tensor: axis '${axisId(axis)}' of size ${actual} invalid for referenced size ${refSize}; expected ${pyFloat(expected)}`;
        }
      }
    }
  }
  return undefined;
}

function tolerancesOf(doc: ModelDescr): readonly ReproducibilityTolerance[] {
  const list = doc.config?.bioimageio?.reproducibility_tolerance;
  return Array.isArray(list) ? list : [];
}

async function loadArray(source: string, context: IoRuleContext): Promise<NpySummary | string | undefined> {
  try {
    return await summarizeNpy(context.open(source));
  } catch (error) {
    if (context.isKnown(source)) {
      context.notChecked(`test tensor ${source}: not readable here (listed in knownFiles)`);
      return undefined;
    }
    return `failed to load test tensor ${source}: ${(error as Error).message}`;
  }
}

export const testTensors = defineIoRule<ModelDescr>({
  id: "model05.io.test-tensors",
  description: "test tensors match their axes and dtypes, are not all near zero, and reproducibility tolerances fit the test outputs",
  severity: ERROR,
  messages: [
    "Value error, failed to load test tensor {source}: {error}",
    "Value error, {field}[{id}] Dimension mismatch: array shape {shape} (#{ndim}) incompatible with {n} axes.",
    "Value error, {field}[{id}].test_tensor.dtype '{dtype}' does not match described dtype '{described}'",
    "Value error, Output values are too small for reliable testing. Values <-1e5 or >=1e5 must be present in test_tensor",
    "Value error, {field}[{id}].test_tensor: axis '{axis}' has incompatible size {size}, expected {expected}",
    "Value error, size {size} < {min}",
    "Value error, size {size} > {max}",
    "Value error, axis of size {size} is not parameterized by `min + n*step` = `{min} + n*{step}`",
    "Value error, {field}[{id}].axes[{axis}].size.tensor_id: Unknown tensor reference '{tensor}'",
    "Value error, {field}[{id}].axes[{axis}].size.axis_id: Unknown tensor axis reference '{tensor}.{axis}",
    "Value error, {field}[{id}].axes[{axis}].size: `SizeReference` requires axis and reference axis to have the same `unit`, but {unit}!={reference unit}",
    "Value error, {field}[{id}].test_tensor: axis '{axis}' of size {size} invalid for referenced size {reference size}; expected {expected}",
    "Value error, config.bioimageio.reproducibility_tolerance.absolute_tolerance={tolerance} > 0.01*{maximum} (1% of the maximum value of the test tensor '{id}')",
  ],
  reference: "src/bioimageio/spec/model/v0_5.py:3304",
  async *check(doc, context) {
    if (!context.isValid([])) {
      return; // a model-level validator: runs only on a valid model
    }
    const loaded: Loaded[] = [];
    // the reference loads the outputs first: a broken output is reported before a broken input
    for (const field of ["outputs", "inputs"] as const) {
      const ofField: Loaded[] = [];
      for (const tensor of tensorsOf(doc, field)) {
        const source = fileSource(tensor.test_tensor);
        const array = source === undefined ? undefined : await loadArray(source, context);
        if (typeof array === "string") {
          yield { loc: [], msg: `Value error, ${array}` };
          return;
        }
        ofField.push({ field, tensor, array });
      }
      loaded.unshift(...ofField);
    }
    const problem = validateTestTensors(loaded);
    if (problem !== undefined) {
      yield { loc: [], msg: `Value error, ${problem}` };
      return;
    }
    const outputs = loaded.filter((l) => l.field === "outputs");
    for (const tolerance of tolerancesOf(doc)) {
      const absolute = tolerance.absolute_tolerance ?? 1e-3;
      if (!absolute) {
        continue;
      }
      const ids = tolerance.output_ids ?? [];
      for (const l of outputs) {
        const id = tensorId(l.tensor, "outputs");
        if ((ids.length > 0 && !ids.includes(id)) || l.array?.max === undefined) {
          continue;
        }
        const max = l.array.max;
        if (absolute > max * 0.01) {
          const finding: RuleFinding = {
            loc: [],
            path: ["config", "bioimageio", "reproducibility_tolerance"],
            msg: `Value error, config.bioimageio.reproducibility_tolerance.absolute_tolerance=${pyFloat(absolute)} > 0.01*${numpyScalar(max, l.array.dtype)} (1% of the maximum value of the test tensor '${id}')`,
          };
          yield finding;
          return;
        }
      }
    }
  },
});

export const generatedCovers = defineIoRule<ModelDescr>({
  id: "model05.io.covers",
  description: "a model without covers gets them from its first input's and first output's test tensors; when that fails, a warning",
  severity: WARNING,
  messages: ["Failed to generate cover image(s): {error}"],
  reference: "src/bioimageio/spec/model/v0_5.py:3525",
  async *check(doc, context) {
    // a model-level validator after the test tensors' one: runs only on a valid model without covers
    if (!context.isValid([]) || (Array.isArray(doc.covers) && doc.covers.length > 0)) {
      return;
    }
    const firstArray = async (field: TensorField): Promise<(readonly [readonly Axis[], NdArray])[] | undefined> => {
      const tensor = tensorsOf(doc, field).find((t) => fileSource(t.test_tensor) !== undefined);
      const source = tensor === undefined ? undefined : fileSource(tensor.test_tensor);
      if (tensor === undefined || source === undefined) {
        return [];
      }
      try {
        return [[tensor.axes, await readNpy(context.open(source))]];
      } catch (error) {
        context.notChecked(`covers: not generated, as test tensor ${source} is not readable here (${(error as Error).message})`);
        return undefined;
      }
    };
    const inputs = await firstArray("inputs");
    const outputs = inputs && (await firstArray("outputs"));
    if (inputs === undefined || outputs === undefined) {
      return;
    }
    try {
      const covers = await generateCovers(inputs, outputs);
      context.generated(
        ["covers"],
        covers.map((cover) => ({ name: cover.name, bytes: cover.png })),
      );
    } catch (error) {
      if (context.spotless()) {
        // a model-level validator: its loc is the model's; `covers` (the reference logs it as the field) locates it
        yield { loc: [], path: ["covers"], msg: `Failed to generate cover image(s): ${(error as Error).message}`, severity: WARNING };
      }
    }
  },
});

export const modelIoRulesV0_5: readonly IoRule<ModelDescr>[] = [
  documentationValidationSection,
  sampleTensorDimensions,
  testTensors,
  generatedCovers,
];
