// Generated validators and field trees, imported on first use (the CLI only loads what its inputs need)
// and cached.
import { type SpecKey, type SpecTypes, specs } from "../../../generated/index.js";
import type { FieldTree } from "../runtime/field-tree.js";
import type { ValidateFunction } from "../runtime/validator-types.js";

const loaded = new Map<SpecKey, ValidateFunction<unknown>>();
const loadedFields = new Map<SpecKey, FieldTree>();

/** Loads a spec's validator and field tree. */
export async function loadValidator<K extends SpecKey>(key: K): Promise<ValidateFunction<SpecTypes[K]>> {
  let validate = loaded.get(key);
  if (!validate) {
    const [module, fields] = await Promise.all([specs[key].loadValidator(), specs[key].loadFields()]);
    validate = module.validate as ValidateFunction<unknown>;
    loaded.set(key, validate);
    loadedFields.set(key, fields.fieldTree);
  }
  return validate as ValidateFunction<SpecTypes[K]>;
}

/** The specs whose validators a spec's checks also use (a family registers them: inline descriptions). */
const companions = new Map<SpecKey, readonly SpecKey[]>();

export function registerCompanionValidators(key: SpecKey, keys: readonly SpecKey[]): void {
  companions.set(key, keys);
}

/**
 * Loads the validators (and field trees) of `keys` (default: all) and of the specs their checks also use (a model's
 * inline training dataset), so that the synchronous API can be used.
 */
export async function preloadValidators(keys: readonly SpecKey[] = Object.keys(specs) as SpecKey[]): Promise<void> {
  const all = new Set(keys.flatMap((key) => [key, ...(companions.get(key) ?? [])]));
  await Promise.all([...all].map((key) => loadValidator(key)));
}

export function loadedFieldTree(key: SpecKey): FieldTree {
  const tree = loadedFields.get(key);
  if (!tree) {
    throw new Error(`the field tree of ${key} is not loaded: await preloadValidators() first, or use the async API`);
  }
  return tree;
}

export function loadedValidator<K extends SpecKey>(key: K): ValidateFunction<SpecTypes[K]> {
  const validate = loaded.get(key);
  if (!validate) {
    throw new Error(`the validator of ${key} is not loaded: await preloadValidators() first, or use the async API`);
  }
  return validate as ValidateFunction<SpecTypes[K]>;
}
