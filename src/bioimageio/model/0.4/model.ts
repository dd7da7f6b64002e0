// Views of a model 0.4 document the rules share, and the layering that makes a rule see a node as valid only
// when the rules below it found nothing there (pydantic runs a model's validators only on valid fields).
import type {
  ModelDescr,
  PostprocessingDescr,
  PreprocessingDescr,
  SigmoidDescr,
  WeightsDescr,
} from "../../../../generated/types/bioimageio/model/0.4.js";
import type { DocPath } from "../../../engine/summary/issue.js";
import { ERROR } from "../../../engine/summary/types.js";
import type { Rule, RuleContext, RuleFinding } from "../../../engine/validation/rule.js";
export { isObjectValue } from "../../../engine/records.js";
import { isObjectValue, isRecord } from "../../../engine/records.js";

export type { ModelDescr };
export type InputTensor = ModelDescr["inputs"][number];
export type OutputTensor = ModelDescr["outputs"][number];
export type TensorField = "inputs" | "outputs";
export type ProcessingKey = "preprocessing" | "postprocessing";

export { WEIGHTS_FORMATS, type WeightsFormat } from "../../weights-formats.js";
import type { WeightsFormat } from "../../weights-formats.js";
export type WeightsEntry = NonNullable<WeightsDescr[WeightsFormat]>;

export type Tensor = InputTensor | OutputTensor;
export type ProcessingStep = PreprocessingDescr | PostprocessingDescr;
/** The kinds of step that take kwargs (all but sigmoid). */
export type StepWithKwargs = Exclude<ProcessingStep, SigmoidDescr>;

/** A list field as written: none when it is missing or not a list (rules also read documents that failed the schema). */
export function listOf<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

export function tensorsOf(doc: ModelDescr, field: "inputs"): readonly InputTensor[];
export function tensorsOf(doc: ModelDescr, field: "outputs"): readonly OutputTensor[];
export function tensorsOf(doc: ModelDescr, field: TensorField): readonly Tensor[];
export function tensorsOf(doc: ModelDescr, field: TensorField): readonly Tensor[] {
  return listOf<Tensor>(doc[field]);
}

/** The steps of a processing list that are objects, with their index in the list. */
export function objectSteps(steps: readonly ProcessingStep[] | undefined): (readonly [number, ProcessingStep])[] {
  return listOf(steps).flatMap((step, s) => (isObjectValue(step) ? [[s, step] as const] : []));
}

export interface StepAt {
  readonly step: StepWithKwargs;
  /** The doc path of the step's `kwargs`. */
  readonly path: DocPath;
  /** The reference's loc of the `kwargs`, with the step's tag (its name). */
  readonly loc: DocPath;
}

/**
 * The step names whose `kwargs` the reference validates, per list: those of the list's union that take kwargs.
 * The kwargs of another step (a name the union lacks, `SCALE_RANGE`, or `sigmoid`, which takes none) are never
 * read, so no kwargs validator runs on them.
 */
const KWARGS_STEPS: Readonly<Record<ProcessingKey, ReadonlySet<string>>> = {
  preprocessing: new Set<Exclude<PreprocessingDescr, SigmoidDescr>["name"]>([
    "binarize",
    "clip",
    "scale_linear",
    "zero_mean_unit_variance",
    "scale_range",
  ]),
  postprocessing: new Set<Exclude<PostprocessingDescr, SigmoidDescr>["name"]>([
    "binarize",
    "clip",
    "scale_linear",
    "zero_mean_unit_variance",
    "scale_range",
    "scale_mean_variance",
  ]),
};

/** Each tensor's processing steps whose `kwargs` is an object the reference validates (KWARGS_STEPS). */
export function* processingKwargs(doc: ModelDescr): Generator<StepAt> {
  const lists = [
    ...tensorsOf(doc, "inputs").map((t, i) => ["inputs", i, "preprocessing", isObjectValue(t) ? t.preprocessing : undefined] as const),
    ...tensorsOf(doc, "outputs").map((t, i) => ["outputs", i, "postprocessing", isObjectValue(t) ? t.postprocessing : undefined] as const),
  ];
  for (const [field, i, key, steps] of lists) {
    for (const [s, step] of objectSteps(steps)) {
      if ("kwargs" in step && isObjectValue(step.kwargs) && KWARGS_STEPS[key].has(step.name)) {
        yield { step, path: [field, i, key, s, "kwargs"], loc: [field, i, key, s, step.name, "kwargs"] };
      }
    }
  }
}

/** A weights entry as written (rules also read documents that failed the schema). */
export function weightsEntryOf<F extends WeightsFormat>(doc: ModelDescr, format: F): WeightsDescr[F] | undefined {
  const weights: unknown = doc.weights;
  return isRecord(weights) ? doc.weights[format] : undefined;
}

export const isDefined = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function isPrefix(prefix: DocPath, path: DocPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}

/**
 * The rules of each layer see a context in which the errors of all lower layers count like schema errors: a
 * tensor's validators do not run when its axes are invalid, the model's when anything is.
 */
export function layered(layers: readonly (readonly Rule<ModelDescr>[])[]): Rule<ModelDescr>[] {
  const below = new WeakMap<RuleContext, DocPath[][]>();
  const errorsBelow = (doc: ModelDescr, context: RuleContext, layer: number): DocPath[] => {
    let found = below.get(context);
    if (!found) {
      found = [];
      below.set(context, found);
    }
    for (let k = found.length; k < layer; k++) {
      const ctx = contextWith(context, found.flat());
      const paths = (layers[k] ?? []).flatMap((rule) =>
        [...rule.check(doc, ctx)].filter((f) => (f.severity ?? ERROR) >= ERROR).map((f: RuleFinding) => f.path ?? f.loc),
      );
      found.push(paths);
    }
    return found.slice(0, layer).flat();
  };
  return layers.flatMap((rules, layer) =>
    rules.map((rule) => ({
      ...rule,
      check: (doc: ModelDescr, context: RuleContext) =>
        layer === 0 ? rule.check(doc, context) : rule.check(doc, contextWith(context, errorsBelow(doc, context, layer))),
    })),
  );
}

function contextWith(context: RuleContext, errors: readonly DocPath[]): RuleContext {
  return errors.length === 0 ? context : { isValid: (path) => context.isValid(path) && !errors.some((e) => isPrefix(path, e)) };
}
