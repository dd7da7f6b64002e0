// getCondaEnv: the conda environment the reference recommends for a weights entry (bioimageio.spec
// `_get_conda_env.py` and `conda_env.py`). Browser-safe: a dependencies file is read through a callback.
import { parse } from "yaml";
import { isRecord } from "../engine/records.js";

export interface PipDeps {
  readonly pip: string[];
}

export interface CondaEnv {
  name?: string | null;
  channels: string[];
  dependencies: (string | PipDeps)[];
}

export interface WeightsEntry {
  /** The weights format (the key under `weights`). */
  readonly format: string;
  readonly entry: Readonly<Record<string, unknown>>;
  /** Model format version the entry belongs to ("0.4.x" entries have string `dependencies`). */
  readonly formatVersion: string;
}

/** PEP 440 release numbers only, enough for the version cut-offs below. */
function release(version: string): number[] {
  return (/^\s*v?(\d+(?:\.\d+)*)/.exec(version)?.[1] ?? "0").split(".").map(Number);
}

function lessThan(version: string, than: string): boolean {
  const a = release(version);
  const b = release(than);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) {
      return d < 0;
    }
  }
  return false;
}

const TORCH_COMPANIONS: Readonly<Record<string, readonly string[]>> = {
  "1.5.1": ["torchvision==0.6.1"],
  "1.6.0": ["torchvision==0.7.0"],
  "1.7.0": ["torchvision==0.8.0", "torchaudio==0.7.0"],
  "1.7.1": ["torchvision==0.8.2", "torchaudio==0.7.1"],
  "1.8.0": ["torchvision==0.9.0", "torchaudio==0.8.0"],
  "1.8.1": ["torchvision==0.9.1", "torchaudio==0.8.1"],
  "1.9.0": ["torchvision==0.10.0", "torchaudio==0.9.0"],
  "1.9.1": ["torchvision==0.10.1", "torchaudio==0.9.1"],
  "1.10.0": ["torchvision==0.11.0", "torchaudio==0.10.0"],
  "1.10.1": ["torchvision==0.11.2", "torchaudio==0.10.1"],
  "1.11.0": ["torchvision==0.12.0", "torchaudio==0.11.0"],
  "1.12.0": ["torchvision==0.13.0", "torchaudio==0.12.0"],
  "1.12.1": ["torchvision==0.13.1", "torchaudio==0.12.1"],
  "1.13.0": ["torchvision==0.14.0", "torchaudio==0.13.0"],
  "1.13.1": ["torchvision==0.14.1", "torchaudio==0.13.1"],
  "2.0.0": ["torchvision==0.15.0", "torchaudio==2.0.0"],
  "2.0.1": ["torchvision==0.15.2", "torchaudio==2.0.2"],
  "2.1.0": ["torchvision==0.16.0", "torchaudio==2.1.0"],
  "2.1.1": ["torchvision==0.16.1", "torchaudio==2.1.1"],
  "2.1.2": ["torchvision==0.16.2", "torchaudio==2.1.2"],
  "2.2.0": ["torchvision==0.17.0", "torchaudio==2.2.0"],
  "2.2.1": ["torchvision==0.17.1", "torchaudio==2.2.1"],
  "2.2.2": ["torchvision==0.17.2", "torchaudio==2.2.2"],
  "2.3.0": ["torchvision==0.18.0", "torchaudio==2.3.0"],
  "2.3.1": ["torchvision==0.18.1", "torchaudio==2.3.1"],
  "2.4.0": ["torchvision==0.19.0", "torchaudio==2.4.0"],
  "2.4.1": ["torchvision==0.19.1", "torchaudio==2.4.1"],
  "2.5.0": ["torchvision==0.20.0", "torchaudio==2.5.0"],
};

function pytorchEnv(pytorchVersion: string | undefined): CondaEnv {
  const version = pytorchVersion ?? "1.10.1";
  const channels = ["conda-forge", "nodefaults"];
  if (lessThan(version, "2.5.2")) {
    channels.unshift("pytorch");
  }
  const parts = release(version);
  const v = [...parts, 0, 0].slice(0, Math.max(3, parts.length)).join(".");
  const deps: (string | PipDeps)[] = [`pytorch==${v}`, ...(TORCH_COMPANIONS[v] ?? ["torchvision", "torchaudio"])];
  if (lessThan(version, "2.1.0")) {
    deps.push("mkl ==2024.0.0");
  }
  if (lessThan(version, "2.2")) {
    deps.push("setuptools <70.0.0");
  }
  deps.push(lessThan(version, "2.3") ? "numpy <2" : "numpy >=2,<3");
  return { channels, dependencies: deps };
}

function tensorflowEnv(tensorflowVersion: string | undefined): CondaEnv {
  const version = tensorflowVersion === undefined || lessThan(tensorflowVersion, "2") ? "2.17" : tensorflowVersion;
  return { channels: [], dependencies: [`tensorflow ==${version}`] };
}

function envFromYaml(text: string): CondaEnv {
  const value = parse(text, { version: "1.2" }) as Partial<CondaEnv> | null;
  const dependencies = (value?.dependencies ?? []).map((d) =>
    typeof d === "string"
      ? d
      : {
          pip: [...(d.pip ?? [])]
            .map((p) => String(p).trim())
            .filter((p) => p !== "")
            .sort(),
        },
  );
  return { name: value?.name ?? null, channels: [...(value?.channels ?? [])].map(String), dependencies };
}

/** CPython's list.sort for short lists (binary insertion sort after the first run), whose order the reference's
 * mixed str/PipDeps dependency lists follow: a PipDeps compares as neither smaller nor larger than a string. */
function pythonSort(items: (string | PipDeps)[]): (string | PipDeps)[] {
  const lt = (a: string | PipDeps, b: string | PipDeps): boolean => {
    if (typeof a === "string" && typeof b === "string") {
      return a < b;
    }
    if (typeof a !== "string" && typeof b !== "string") {
      return a.pip.length < b.pip.length;
    }
    return false;
  };
  const list = [...items];
  const n = list.length;
  if (n < 2) {
    return list;
  }
  let run = 2;
  if (lt(list[1] as string | PipDeps, list[0] as string | PipDeps)) {
    while (run < n && lt(list[run] as string | PipDeps, list[run - 1] as string | PipDeps)) {
      run++;
    }
    list.splice(0, run, ...list.slice(0, run).reverse());
  } else {
    while (run < n && !lt(list[run] as string | PipDeps, list[run - 1] as string | PipDeps)) {
      run++;
    }
  }
  for (let i = run; i < n; i++) {
    const pivot = list[i] as string | PipDeps;
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lt(pivot, list[mid] as string | PipDeps)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    list.splice(i, 1);
    list.splice(lo, 0, pivot);
  }
  return list;
}

/** The reference's BioimageioCondaEnv normalisation: required channels, pip, bioimageio.core, sorted. */
function normalize(env: CondaEnv): CondaEnv {
  const channels = [...env.channels];
  for (const required of ["conda-forge", "nodefaults"]) {
    if (!channels.includes(required)) {
      channels.push(required);
    }
  }
  const withoutDefaults = channels.filter((c) => c !== "defaults");
  const dependencies = [...env.dependencies];
  if (!dependencies.includes("pip")) {
    dependencies.push("pip");
  }
  const pip = dependencies.find((d): d is PipDeps => typeof d !== "string");
  if (pip) {
    pip.pip.sort();
  }
  const hasCore =
    (pip?.pip.some((p) => p.startsWith("bioimageio.core")) ?? false) ||
    dependencies.some((d) => typeof d === "string" && (d.startsWith("bioimageio.core") || d.startsWith("conda-forge::bioimageio.core")));
  if (!hasCore) {
    dependencies.push("conda-forge::bioimageio.core>=0.9.4");
  }
  return { name: env.name ?? null, channels: withoutDefaults, dependencies: pythonSort(dependencies) };
}

function cleanName(name: string): string {
  let value = name;
  for (const illegal of ["/", " ", ":", "#"]) {
    value = value.replaceAll(illegal, "");
  }
  return value || "empty";
}

/**
 * The recommended conda environment for a weights entry (the reference's `get_conda_env`). `readFile` reads a
 * dependencies file referenced by the entry (a relative path or URL, as written).
 */
export async function getCondaEnv(options: {
  readonly entry: WeightsEntry;
  readonly envName?: string | "DROP";
  readonly readFile?: (source: string) => Promise<string>;
}): Promise<CondaEnv> {
  const { format, entry, formatVersion } = options.entry;
  const str = (key: string): string | undefined => (entry[key] === undefined || entry[key] === null ? undefined : String(entry[key]));
  const is04 = formatVersion.startsWith("0.4") || formatVersion.startsWith("0.3");
  const readDependencies = async (): Promise<CondaEnv> => {
    const read = options.readFile;
    if (!read) {
      throw new Error("getCondaEnv: the weights entry has a dependencies file, but no readFile was given");
    }
    const deps = entry.dependencies;
    if (typeof deps === "string") {
      const [manager = "", ...rest] = deps.split(":");
      const text = await read(rest.join(":"));
      if (manager === "pip") {
        const pip = text.split("\n").map((d) => d.trim());
        if (!pip.includes("bioimageio.core")) {
          pip.push("bioimageio.core>=0.9.4");
        }
        return { channels: [], dependencies: [{ pip: pip.filter((p) => p !== "").sort() }] };
      }
      if (manager === "conda" || manager === "mamba") {
        return envFromYaml(text);
      }
      throw new Error(`Dependency manager ${manager} not supported`);
    }
    return envFromYaml(await read(String(isRecord(deps) ? deps.source : undefined)));
  };
  let env: CondaEnv;
  if (format === "onnx") {
    env = { channels: [], dependencies: ["onnxruntime"] };
  } else if (format === "pytorch_state_dict" || format === "torchscript") {
    env =
      (format === "torchscript" && !is04) || entry.dependencies === null || entry.dependencies === undefined
        ? pytorchEnv(str("pytorch_version"))
        : await readDependencies();
  } else if (format === "tensorflow_saved_model_bundle") {
    env =
      entry.dependencies === null || entry.dependencies === undefined ? tensorflowEnv(str("tensorflow_version")) : await readDependencies();
  } else if (format === "keras_hdf5") {
    env = tensorflowEnv(str("tensorflow_version"));
  } else {
    throw new Error(`no conda environment for weights format '${format}'`);
  }
  const normalized = normalize(env);
  if (options.envName === "DROP") {
    normalized.name = null;
  } else if (options.envName !== undefined) {
    normalized.name = cleanName(options.envName);
  } else if (normalized.name) {
    normalized.name = cleanName(normalized.name);
  }
  return normalized;
}
