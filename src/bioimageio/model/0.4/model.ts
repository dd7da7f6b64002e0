// Views of a model 0.4 document the rules share, and the layering that makes a rule see a node as valid only
// when the rules below it found nothing there (pydantic runs a model's validators only on valid fields).
import type { ModelDescr } from "../../../../generated/types/bioimageio/model/0.4.js";
import type { DocPath } from "../../../engine/summary/issue.js";
import { ERROR } from "../../../engine/summary/types.js";
import type { Rule, RuleContext, RuleFinding } from "../../../engine/validation/rule.js";
export { isRecord } from "../../../engine/records.js";
import { isRecord } from "../../../engine/records.js";

export type { ModelDescr };
export type InputTensor = ModelDescr["inputs"][number];
export type OutputTensor = ModelDescr["outputs"][number];
export type TensorField = "inputs" | "outputs";
export type ProcessingKey = "preprocessing" | "postprocessing";

export { WEIGHTS_FORMATS, type WeightsFormat } from "../../weights-formats.js";
import type { WeightsFormat } from "../../weights-formats.js";

export type Json = Readonly<Record<string, unknown>>;

/** The list at `doc[field]`, or none. */
export function listOf(doc: Json, field: string): readonly unknown[] {
  const value = doc[field];
  return Array.isArray(value) ? value : [];
}

export interface ProcessingStep {
  readonly name: string;
  readonly kwargs?: Json;
}

export function stepsOf(tensor: Json, key: ProcessingKey): readonly ProcessingStep[] {
  return listOf(tensor, key).filter(isRecord) as unknown as readonly ProcessingStep[];
}

/** Each tensor's processing steps with the doc path of their `kwargs` and the reference's loc (with the tag). */
export function* processingKwargs(
  doc: Json,
): Generator<{ readonly kwargs: Json; readonly path: DocPath; readonly loc: DocPath; readonly step: ProcessingStep }> {
  for (const [field, key] of [
    ["inputs", "preprocessing"],
    ["outputs", "postprocessing"],
  ] as const) {
    for (const [i, tensor] of listOf(doc, field).entries()) {
      if (!isRecord(tensor)) {
        continue;
      }
      for (const [s, step] of stepsOf(tensor, key).entries()) {
        if (isRecord(step.kwargs)) {
          yield { kwargs: step.kwargs, step, path: [field, i, key, s, "kwargs"], loc: [field, i, key, s, step.name, "kwargs"] };
        }
      }
    }
  }
}

/** A weights entry as written (rules also read documents that failed the schema). */
export function weightsEntryOf(doc: ModelDescr, format: WeightsFormat): unknown {
  const weights: unknown = (doc as { weights?: unknown }).weights;
  return isRecord(weights) ? weights[format] : undefined;
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
