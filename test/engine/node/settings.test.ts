// The settings scheme: the reference's BIOIMAGEIO_* names where bioimageio.spec has the setting, BIOIMAGE_SPECS_*
// for ours, the two old BIOIMAGEIO_* names of ours still read (with a deprecation warning), and a variable named
// in the wrong scheme warned about instead of silently ignored. The README's table is the list tested here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { codeCacheDir } from "../../../src/cli/bundle-loader.js";
import { type Settings, settings } from "../../../src/engine/node/settings.js";
import { REPO } from "../../helpers/fixture-codegen.js";

// The fields of bioimageio.spec 0.5.7.2's Settings (env_prefix BIOIMAGEIO_; CI is read as CI), asked of it.
const REFERENCE_SETTINGS = [
  "ALLOW_PICKLE",
  "CACHE_PATH",
  "COLLECTION_HTTP_PATTERN",
  "GITHUB_USERNAME",
  "GITHUB_TOKEN",
  "HTTP_TIMEOUT",
  "HUGGINGFACE_HTTP_PATTERN",
  "HYPHA_UPLOAD",
  "HYPHA_UPLOAD_TOKEN",
  "ID_MAP",
  "ID_MAP_DRAFT",
  "LOG_WARNINGS",
  "PERFORM_IO_CHECKS",
  "RESOLVE_DRAFT",
  "USER_AGENT",
];

/** The variables of the README's Settings table, with a value each and the setting it must change. */
const README_VARIABLES = [...readFileSync(join(REPO, "README.md"), "utf8").matchAll(/^\| `([A-Z_]+)` *\|/gm)].map((m) => m[1] ?? "");

const probes: Record<string, [string, (s: Settings) => unknown, unknown]> = {
  BIOIMAGEIO_CACHE_PATH: ["/tmp/x", (s) => s.cachePath, "/tmp/x"],
  BIOIMAGEIO_HTTP_TIMEOUT: ["7", (s) => s.httpTimeoutSeconds, 7],
  BIOIMAGEIO_PERFORM_IO_CHECKS: ["0", (s) => s.performIoChecks, false],
  BIOIMAGEIO_USER_AGENT: ["me", (s) => s.userAgent, "me"],
  BIOIMAGEIO_HYPHA_UPLOAD: ["https://h/create", (s) => s.hyphaUpload, "https://h/create"],
  BIOIMAGEIO_HYPHA_UPLOAD_TOKEN: ["t", (s) => s.hyphaUploadToken, "t"],
  CI: ["1", (s) => s.ci, true],
  BIOIMAGE_SPECS_OFFLINE: ["1", (s) => s.offline, true],
  BIOIMAGE_SPECS_HTTP_RETRIES: ["5", (s) => s.httpRetries, 5],
  BIOIMAGE_SPECS_HTTP_MAX_BYTES: ["1234", (s) => s.httpMaxBytes, 1234],
  BIOIMAGE_SPECS_HTTP_MAX_SECONDS: ["5", (s) => s.httpMaxSeconds, 5],
  BIOIMAGE_SPECS_HTTP_MAX_RATIO: ["50", (s) => s.httpMaxRatio, 50],
  BIOIMAGE_SPECS_MAX_DOCUMENT_BYTES: ["1000", (s) => s.documentLimits.maxDocumentBytes, 1000],
  BIOIMAGE_SPECS_MAX_DEPTH: ["9", (s) => s.documentLimits.maxDepth, 9],
  BIOIMAGE_SPECS_MAX_YAML_ALIASES: ["3", (s) => s.documentLimits.maxAliasCount, 3],
  BIOIMAGE_SPECS_ZIP_MAX_ENTRIES: ["10", (s) => s.zipLimits.maxEntries, 10],
  BIOIMAGE_SPECS_ZIP_MAX_BYTES: ["2000", (s) => s.zipLimits.maxTotalSize, 2000],
  BIOIMAGE_SPECS_ZIP_MAX_RATIO: ["20", (s) => s.zipLimits.maxRatio, 20],
  // read by the built CLI's launcher before anything else is loaded, not through settings()
  BIOIMAGE_SPECS_CODE_CACHE: ["/tmp/c", () => codeCacheDir("1"), join("/tmp/c", `1-node${process.version}-${process.arch}`)],
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The warnings `settings()` emits while the environment holds `env`. */
function warningsWith(env: Record<string, string>): string[] {
  for (const [name, value] of Object.entries(env)) {
    vi.stubEnv(name, value);
  }
  const emitted: string[] = [];
  vi.spyOn(process, "emitWarning").mockImplementation((warning: string | Error) => {
    emitted.push(String(warning));
  });
  settings();
  return emitted;
}

describe("one scheme", () => {
  test("the README lists every setting, each read from its variable", () => {
    expect(README_VARIABLES.sort()).toEqual(Object.keys(probes).sort());
    for (const [name, [value, read, expected]] of Object.entries(probes)) {
      vi.stubEnv(name, value);
      expect(read(settings()), name).toEqual(expected);
      vi.unstubAllEnvs();
    }
  });

  test("BIOIMAGEIO_* names are the reference's settings; BIOIMAGE_SPECS_* names are none of them", () => {
    const ours = README_VARIABLES.filter((name) => name.startsWith("BIOIMAGE_SPECS_")).map((name) => name.slice(15));
    const theirs = README_VARIABLES.filter((name) => name.startsWith("BIOIMAGEIO_")).map((name) => name.slice(11));
    expect(theirs.filter((name) => !REFERENCE_SETTINGS.includes(name))).toEqual([]);
    expect(ours.filter((name) => REFERENCE_SETTINGS.includes(name))).toEqual([]);
  });

  test("the old names of ours are still read, with a deprecation warning", () => {
    expect(warningsWith({ BIOIMAGEIO_OFFLINE: "1", BIOIMAGEIO_HTTP_RETRIES: "7" }).sort()).toEqual([
      "BIOIMAGEIO_HTTP_RETRIES is deprecated: use BIOIMAGE_SPECS_HTTP_RETRIES",
      "BIOIMAGEIO_OFFLINE is deprecated: use BIOIMAGE_SPECS_OFFLINE",
    ]);
    expect([settings().offline, settings().httpRetries]).toEqual([true, 7]);
    // the new name wins
    vi.stubEnv("BIOIMAGE_SPECS_HTTP_RETRIES", "2");
    expect(settings().httpRetries).toBe(2);
  });

  test("a variable in the wrong scheme is named in a warning, not silently ignored", () => {
    expect(
      warningsWith({
        BIOIMAGE_SPECS_HTTP_TIMEOUT: "3",
        BIOIMAGEIO_HTTP_MAX_SECONDS: "3",
        BIOIMAGE_SPECS_NO_SUCH: "1",
        BIOIMAGEIO_ID_MAP: "x",
      }),
    ).toEqual([
      "BIOIMAGE_SPECS_HTTP_TIMEOUT is not a setting and is ignored (this setting is the reference's: BIOIMAGEIO_HTTP_TIMEOUT)",
      "BIOIMAGEIO_HTTP_MAX_SECONDS is not a setting and is ignored (did you mean BIOIMAGE_SPECS_HTTP_MAX_SECONDS?)",
      "BIOIMAGE_SPECS_NO_SUCH is not a setting and is ignored",
    ]);
    expect(settings().httpTimeoutSeconds).toBe(10);
  });
});
