// A tensor's `data` is the reference's `TensorDataDescr | NotEmpty[Sequence[TensorDataDescr]]`, with
// `TensorDataDescr = NominalOrOrdinalDataDescr | IntervalOrRatioDataDescr`: pydantic puts the tag of the branch (and
// the index in the list's) into the loc of whatever a data description reports. The tags are the spec's, read from
// its union points.
import type { Loc } from "../../../engine/summary/types.js";
import type { UnionPoint } from "../../../engine/runtime/spec-registry-types.js";
import { specs } from "../../../../generated/index.js";
import type { TensorField } from "./model.js";

type BranchPoint = Extract<UnionPoint, { kind: "branch" }>;

const UNIONS = specs["bioimageio/model/0.5"].unions;

function branchPoints(path: readonly string[]): BranchPoint[] {
  const key = path.join("\0");
  return UNIONS.filter((u): u is BranchPoint => u.kind === "branch" && u.path.join("\0") === key);
}

/** The tag of the branch that reaches `definition` (`#/$defs/<definition>/`) among the union points at `path`. */
function tagOf(path: readonly string[], definition: string, array = false): string {
  for (const point of branchPoints(path)) {
    const branch = point.branches.find(
      (b) => (b.array === true) === array && b.schemaPrefixes.some((p) => p.startsWith(`#/$defs/${definition}/`)),
    );
    if (branch) {
      return branch.tag;
    }
  }
  throw new Error(`no union branch for ${definition} at ${path.join(".")}`);
}

export interface DataTags {
  /** The `NominalOrOrdinalDataDescr` branch (its after-validator in the tag). */
  readonly nominal: string;
  readonly interval: string;
  /** The list of data descriptions (one per channel). */
  readonly list: string;
  /** `IntervalOrRatioDataDescr.unit`'s branches (`Literal['arbitrary unit'] | SiUnit`). */
  readonly unitLiteral: string;
  readonly unitSi: string;
}

function tagsOf(field: TensorField): DataTags {
  const data = [field, "[]", "data"];
  const unit = (i: number) =>
    branchPoints([...data, "unit"]).find((p) =>
      p.branches.every((b) => b.schemaPrefixes.some((s) => s.startsWith("#/$defs/IntervalOrRatioDataDescr/"))),
    )?.branches[i]?.tag ?? "";
  return {
    nominal: tagOf(data, "NominalOrOrdinalDataDescr"),
    interval: tagOf(data, "IntervalOrRatioDataDescr"),
    list: tagOf(data, "IntervalOrRatioDataDescr", true),
    unitLiteral: unit(0),
    unitSi: unit(1),
  };
}

export const DATA_TAGS: Readonly<Record<TensorField, DataTags>> = { inputs: tagsOf("inputs"), outputs: tagsOf("outputs") };

/** The loc of data description `j` of a tensor (undefined: `data` is one description), up to its branch tag. */
export function dataEntryLoc(field: TensorField, i: number, j: number | undefined, branch: "nominal" | "interval"): Loc {
  const tags = DATA_TAGS[field];
  return j === undefined ? [field, i, "data", tags[branch]] : [field, i, "data", tags.list, j, tags[branch]];
}
