// The language server's settings: the client's `initializationOptions` (every one optional), read leniently: a
// value of the wrong type is ignored, not an error, so that a typo in an editor's configuration never stops the
// server. The validation options are the CLI's `validate` options.
import { isRecord } from "../engine/records.js";
import type { FileValidationOptions } from "../kinds/node/validate-file.js";

/** Where diagnostics link to: the rule catalogue, one anchor per rule id (`<rulesUrl>#<rule-id>`). */
export const DEFAULT_RULES_URL = "https://bioimage-specs.org/docs/rules.md";
export const DEFAULT_DEBOUNCE_MS = 150;
export const DEFAULT_IO_WAIT_MS = 20;

export interface ServerSettings {
  readonly rulesUrl: string;
  /** How long typing must pause before a document is validated again. */
  readonly debounceMs: number;
  /**
   * How long diagnostics wait for the checks that read files (IO checks, checksums); when these take longer, the
   * others are shown first, with the file checks' last findings, and the complete set when they end.
   */
  readonly ioWaitMs: number;
  readonly validation: FileValidationOptions;
}

const WARNING_LEVELS = ["info", "warning", "alert", "error"] as const;
const CROISSANT_PROFILES = ["mlcroissant", "spec-1.1"] as const;

function oneOf<T extends string>(value: unknown, choices: readonly T[]): T | undefined {
  return typeof value === "string" && (choices as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function readSettings(options: unknown): ServerSettings {
  const o = isRecord(options) ? options : {};
  const warningLevel = oneOf(o.warningLevel, WARNING_LEVELS);
  const croissantProfile = oneOf(o.croissantProfile, CROISSANT_PROFILES);
  const validation: FileValidationOptions = {
    ...(typeof o.formatVersion === "string" ? { formatVersion: o.formatVersion } : {}),
    ...(warningLevel ? { warningLevel } : {}),
    ...(croissantProfile ? { croissantProfile } : {}),
    ...(typeof o.ioChecks === "boolean" ? { ioChecks: o.ioChecks } : {}),
    ...(o.strict === true ? { strict: true } : {}),
    ...(o.collection === true ? { collection: true } : {}),
    ...(typeof o.packageRoot === "string" ? { packageRoot: o.packageRoot } : {}),
  };
  return {
    rulesUrl: typeof o.rulesUrl === "string" && o.rulesUrl !== "" ? o.rulesUrl : DEFAULT_RULES_URL,
    debounceMs: typeof o.debounceMs === "number" && o.debounceMs >= 0 ? o.debounceMs : DEFAULT_DEBOUNCE_MS,
    ioWaitMs: typeof o.ioWaitMs === "number" && o.ioWaitMs >= 0 ? o.ioWaitMs : DEFAULT_IO_WAIT_MS,
    validation,
  };
}
