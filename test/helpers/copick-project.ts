// A generated copick filesystem project (tests and benchmarks): per run two voxel spacings with tomograms and a
// features store, picks of two users (points with transforms and scores), a mesh, a single-label and a
// multilabel segmentation; three pickable objects, one of them not a particle.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writePicks } from "../../src/copick/picks.js";

export interface GeneratedProject {
  readonly dir: string;
  readonly configPath: string;
  readonly runs: readonly string[];
}

export const OBJECTS = [
  {
    name: "ribosome",
    is_particle: true,
    label: 1,
    color: [200, 100, 100, 255],
    radius: 150,
    metadata: { "2024": "keys stay in order", note: "ünïcode" },
  },
  { name: "proteasome", is_particle: true, label: 2, color: [100, 200, 100, 255], map_threshold: 0.5 },
  { name: "membrane", is_particle: false, label: 3 },
];

const zarr = (path: string): void => {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, ".zgroup"), '{"zarr_format": 2}');
};

export function runName(i: number): string {
  return `TS_${String(i + 1).padStart(5, "0")}`;
}

export function generateProject(dir: string, runCount: number): GeneratedProject {
  const runs: string[] = [];
  for (let i = 0; i < runCount; i++) {
    const run = runName(i);
    runs.push(run);
    const base = join(dir, "ExperimentRuns", run);
    zarr(join(base, "VoxelSpacing10.000", "wbp.zarr"));
    zarr(join(base, "VoxelSpacing10.000", "wbp_sobel_features.zarr"));
    zarr(join(base, "VoxelSpacing20.000", "denoised.zarr"));
    mkdirSync(join(base, "Picks"), { recursive: true });
    for (const [user, session, object] of [
      ["alice", "1", "ribosome"],
      ["bob", "2", "proteasome"],
    ] as const) {
      const points = [0, 1, 2].map((k) => ({
        location: { x: 10.5 * k + i, y: 20.25 * k, z: 30 + k },
        transformation_: [
          [1, 0, 0, 0],
          [0, 0, -1, 0],
          [0, 1, 0, 0],
          [0, 0, 0, 1],
        ],
        instance_id: k,
        score: 0.5 + k / 10,
      }));
      const picks = {
        pickable_object_name: object,
        user_id: user,
        session_id: session,
        run_name: run,
        voxel_spacing: 10,
        points,
        trust_orientation: true,
      };
      writeFileSync(join(base, "Picks", `${user}_${session}_${object}.json`), writePicks(picks));
    }
    mkdirSync(join(base, "Meshes"), { recursive: true });
    writeFileSync(join(base, "Meshes", "alice_1_membrane.glb"), Buffer.from(`glTF mesh of ${run}`));
    zarr(join(base, "Segmentations", "10.000_alice_1_membrane.zarr"));
    zarr(join(base, "Segmentations", "20.000_bob_3_organelles-multilabel.zarr"));
  }
  zarr(join(dir, "Objects", "ribosome.zarr"));
  const configPath = join(dir, "filesystem.json");
  writeFileSync(
    configPath,
    JSON.stringify({
      config_type: "filesystem",
      name: "generated",
      description: "A generated project",
      version: "1.0.0",
      user_id: "tester",
      session_id: "0",
      pickable_objects: OBJECTS,
      overlay_root: `local://${dir}`,
    }),
  );
  return { dir, configPath, runs };
}
