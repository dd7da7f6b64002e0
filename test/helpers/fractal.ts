// Fractal manifests for the tests: small valid ones to break one field at a time, and what tests assert on.
import { type ManifestValidationOptions, validateManifest } from "../../src/fractal/validate.js";
import type { ErrorEntry, WarningEntry } from "../../src/engine/summary/types.js";

/** A valid version-2 manifest: a compound task and a parallel one, with args schemas. */
export function manifestV2(): any {
  return {
    manifest_version: "2",
    task_list: [
      {
        name: "Project Image (HCS Plate)",
        executable_non_parallel: "init_projection_hcs.py",
        executable_parallel: "compute_projection_hcs.py",
        meta_non_parallel: { cpus_per_task: 1, mem: 4000 },
        meta_parallel: { cpus_per_task: 1, mem: 4000 },
        args_schema_non_parallel: { title: "InitProjection", type: "object", properties: { zarr_urls: { type: "array" } } },
        args_schema_parallel: { title: "ComputeProjection", type: "object", properties: { zarr_url: { type: "string" } } },
        input_types: { is_3D: true },
        output_types: { is_3D: false },
        type: "compound",
        docs_link: "https://fractal-analytics-platform.github.io/fractal-tasks-core",
        tags: ["2D", "3D"],
      },
      {
        name: "Threshold Segmentation",
        executable_parallel: "threshold_segmentation.py",
        args_schema_parallel: { title: "ThresholdSegmentation", type: "object", properties: {} },
        type: "parallel",
      },
    ],
    has_args_schemas: true,
    args_schema_version: "fractal_schema_v1",
    authors: "Fractal Core Team",
  };
}

/** A valid version-1 manifest. */
export function manifestV1(): any {
  return {
    manifest_version: "1",
    task_list: [
      {
        name: "Create OME-Zarr structure",
        executable: "tasks/create_ome_zarr.py",
        input_type: "image",
        output_type: "zarr",
        meta: { cpus_per_task: 1, mem: 4000 },
        args_schema: { title: "CreateOmeZarr", type: "object", properties: {} },
        docs_link: "https://fractal-analytics-platform.github.io/fractal-tasks-core",
      },
    ],
    has_args_schemas: true,
    args_schema_version: "pydantic_v1",
  };
}

export interface Outcome {
  readonly status: string;
  readonly errors: readonly ErrorEntry[];
  readonly warnings: readonly WarningEntry[];
}

export async function check(doc: unknown, options: ManifestValidationOptions = {}): Promise<Outcome> {
  const summary = await validateManifest(doc, options);
  return { status: summary.status, errors: summary.errors, warnings: summary.warnings };
}

/** The entries of one rule: loc and msg. */
export function of(entries: readonly (ErrorEntry | WarningEntry)[], rule: string) {
  return entries.filter((e) => e.rule === rule).map((e) => ({ loc: e.loc, msg: e.msg }));
}
