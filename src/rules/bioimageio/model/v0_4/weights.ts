// Model 0.4 weights (bioimageio.spec model/v0_4.py `WeightsEntryDescrBase`, `PytorchStateDictWeightsDescr`,
// `WeightsDescr`): an entry is not its own parent, an architecture from a file has a hash (and only then), and
// there is at least one entry.
import { defineRule } from "../../../types.js";
import { isDefined, isRecord, type ModelDescr, WEIGHTS_FORMATS, weightsEntryOf } from "./model.js";

/** `CallableFromFile` wins the left-to-right union whenever the string has a `:` around non-empty parts. */
const fromFile = (architecture: string): boolean => /^.+:.+$/.test(architecture);

export const weightsEntry = defineRule<ModelDescr>({
  id: "model04.weights.entry",
  description: "a weights entry is not its own parent; `architecture_sha256` is given exactly when the architecture comes from a file",
  *check(doc, context) {
    for (const format of WEIGHTS_FORMATS) {
      const entry = weightsEntryOf(doc, format);
      const loc = ["weights", format];
      if (!isRecord(entry) || !context.isValid(loc)) {
        continue;
      }
      if (entry.parent === format) {
        yield { loc, msg: "Value error, Weights entry can't be it's own parent." };
        continue;
      }
      if (format !== "pytorch_state_dict" || typeof entry.architecture !== "string") {
        continue;
      }
      const hasHash = isDefined(entry.architecture_sha256);
      if (fromFile(entry.architecture) && !hasHash) {
        yield { loc, msg: "Value error, Missing required `architecture_sha256` for `architecture` with source file." };
      } else if (!fromFile(entry.architecture) && hasHash) {
        yield { loc, msg: "Value error, Got `architecture_sha256` for architecture that does not have a source file." };
      }
    }
  },
});

export const weightsOneEntry = defineRule<ModelDescr>({
  id: "model04.weights.one-entry",
  description: "`weights` has at least one entry",
  *check(doc, context) {
    if (context.isValid(["weights"]) && WEIGHTS_FORMATS.every((format) => !isDefined(weightsEntryOf(doc, format)))) {
      yield { loc: ["weights"], msg: "Value error, Missing weights entry" };
    }
  },
});
