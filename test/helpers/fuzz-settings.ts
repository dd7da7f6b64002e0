// How the fuzz tests run: `make test` runs a few cases per property with a fixed seed (deterministic, seconds);
// `make fuzz` sets FUZZ_RUNS (and maybe FUZZ_SEED, FUZZ_PATH to replay a failure) and gets a fresh seed, printed.
const setting = (name: string): string | undefined => process.env[name] || undefined; // make passes unset ones as ""

export const FUZZING = setting("FUZZ_RUNS") !== undefined;
const RUNS = Number(setting("FUZZ_RUNS") ?? 25);
const SEED = Number(setting("FUZZ_SEED") ?? (FUZZING ? Date.now() % 2 ** 31 : 20261122));
const PATH = setting("FUZZ_PATH");
export const FUZZ_TIMEOUT = FUZZING ? 3_600_000 : 60_000;
if (FUZZING) {
  process.stderr.write(`fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}\n`);
}

/** fast-check parameters; `scale` multiplies the number of runs (for cheap properties). */
export function fuzzParams(scale = 1): { numRuns: number; seed: number; path?: string; endOnFailure: true } {
  return { numRuns: RUNS * scale, seed: SEED, ...(PATH !== undefined ? { path: PATH } : {}), endOnFailure: true };
}
