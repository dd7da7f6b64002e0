// The weights formats of a model, in the reference's field order (`WeightsDescr`): one list for model 0.4 and 0.5,
// checked against the generated types of both (a format added to a spec and not here fails the typecheck).
import type { WeightsDescr as WeightsV04, WeightsFormat as FormatV04 } from "../../generated/types/bioimageio/model/0.4.js";
import type { WeightsDescr as WeightsV05, WeightsFormat as FormatV05 } from "../../generated/types/bioimageio/model/0.5.js";

export const WEIGHTS_FORMATS = [
  "keras_hdf5",
  "onnx",
  "pytorch_state_dict",
  "tensorflow_js",
  "tensorflow_saved_model_bundle",
  "torchscript",
] as const satisfies readonly (FormatV04 & FormatV05 & keyof WeightsV04 & keyof WeightsV05)[];

export type WeightsFormat = (typeof WEIGHTS_FORMATS)[number];

// Every format of either spec is in the list: `true` only type-checks when nothing is left over.
type Unlisted = Exclude<FormatV04 | FormatV05 | keyof WeightsV04 | keyof WeightsV05, WeightsFormat>;
export const WEIGHTS_FORMATS_COMPLETE: [Unlisted] extends [never] ? true : Unlisted = true;
