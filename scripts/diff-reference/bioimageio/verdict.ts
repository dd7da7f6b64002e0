// One document's verdicts, ours and the reference's, in one shape (the reference's REFERENCE.json entries), and
// their comparison: status, error and warning locations, and messages word for word.

export type Loc = readonly (string | number)[];

export interface Verdict {
  readonly status: string;
  readonly type: string;
  readonly format_version: string;
  readonly errors: readonly { readonly loc: Loc; readonly msg: string; readonly type: string }[];
  readonly warnings: readonly { readonly loc: Loc; readonly msg: string; readonly severity: number }[];
}

export type Mode = "discover" | "latest";
export const MODES: readonly Mode[] = ["discover", "latest"];

/** What a side answered for one document: it could not be read (`parse`), or a verdict per mode. */
export interface Answer {
  readonly parse: { readonly type: string; readonly msg: string } | null;
  readonly discover?: Verdict;
  readonly latest?: Verdict;
  /** update_format's dump of the converted description (op "update"), null when it is invalid. */
  readonly dump?: unknown;
  /** The side crashed (a bug to fix on that side). */
  readonly crash?: string;
  /** The reference's process died on this document (no answer: not a crash of bioimageio.spec). */
  readonly lost?: string;
}

export interface Case {
  readonly id: string;
  /** The file name the text is read as (`rdf.yaml`, `rdf.json`, ...). */
  readonly name: string;
  readonly text: string;
  /** How it was made (seed document and mutations), to find it again. */
  readonly origin: string;
}

/** One way the two answers differ. `key` groups differences of one kind (values and indices left out). */
export interface Difference {
  readonly measure: "parse" | "crash" | "status" | "error-locs" | "warning-locs" | "messages" | "format_version";
  readonly mode: Mode | "read";
  readonly key: string;
  readonly detail: string;
}

const locKey = (loc: Loc): string => loc.map((part) => (typeof part === "number" ? "#" : part)).join(".");
const entryText = (loc: Loc, msg: string): string => `${JSON.stringify(loc)} ${msg}`;

/** A message with its values left out: quoted text and numbers, so that one rule's messages share a key. */
export function messageShape(msg: string): string {
  return msg
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/`[^`]*`/g, "`…`")
    .replace(/-?\d+(\.\d+)?(e-?\d+)?/gi, "N")
    .slice(0, 160);
}

function multisetDifference(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) {
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      counts.set(x, n - 1);
    } else {
      out.push(x);
    }
  }
  return out;
}

function compareEntries<E extends { loc: Loc; msg: string }>(
  measure: "error-locs" | "warning-locs",
  mode: Mode,
  ours: readonly E[],
  reference: readonly E[],
  extra: (e: E) => string,
): { differences: Difference[]; messages: Difference[] } {
  const differences: Difference[] = [];
  const ourLocs = new Set(ours.map((e) => JSON.stringify(e.loc) + extra(e)));
  const refLocs = new Set(reference.map((e) => JSON.stringify(e.loc) + extra(e)));
  for (const e of reference) {
    if (!ourLocs.has(JSON.stringify(e.loc) + extra(e))) {
      differences.push({
        measure,
        mode,
        key: `${measure} missing ${locKey(e.loc)}${extra(e)}: ${messageShape(e.msg)}`,
        detail: entryText(e.loc, e.msg),
      });
    }
  }
  for (const e of ours) {
    if (!refLocs.has(JSON.stringify(e.loc) + extra(e))) {
      differences.push({
        measure,
        mode,
        key: `${measure} extra ${locKey(e.loc)}${extra(e)}: ${messageShape(e.msg)}`,
        detail: entryText(e.loc, e.msg),
      });
    }
  }
  const messages: Difference[] = [];
  const ourTexts = ours.map((e) => entryText(e.loc, e.msg));
  const refTexts = reference.map((e) => entryText(e.loc, e.msg));
  const refOnly = multisetDifference(refTexts, ourTexts);
  const ourOnly = multisetDifference(ourTexts, refTexts);
  // a message difference where both report the location (a missing location is already a difference above)
  for (const text of refOnly) {
    const loc = text.slice(0, text.indexOf("] ") + 1);
    if (ourOnly.some((o) => o.startsWith(loc + " "))) {
      const mine = ourOnly.find((o) => o.startsWith(loc + " ")) ?? "";
      messages.push({
        measure: "messages",
        mode,
        key: `message ${measure === "error-locs" ? "error" : "warning"} ${locKey(JSON.parse(loc) as Loc)}: ${messageShape(text.slice(loc.length + 1))} <> ${messageShape(mine.slice(loc.length + 1))}`,
        detail: `reference: ${text}\nours:      ${mine}`,
      });
    }
  }
  return { differences, messages };
}

// pydantic names a validator made by functools.partial with the function's memory address, which changes from one
// process to the next (`<function min_length_validator at 0x7f9ac93bf380>`); the specs write it `at 0x…`.
const ADDRESS = / at 0x[0-9a-f]+>/g;
const withoutAddresses = (loc: Loc): Loc => loc.map((part) => (typeof part === "string" ? part.replace(ADDRESS, " at 0x…>") : part));
// A Python set of str in a message (`{'onnx', 'torchscript'}`, the weights' parent check) is printed in hash order,
// and str hashes are salted per process (the reference runs without PYTHONHASHSEED, as its users do): the same
// document gets another order from the next process. Both sides' sets are compared with their items sorted.
const STR_SET = /\{'[^']*'(?:, '[^']*')+\}/g;
const setsSorted = (msg: string): string =>
  msg.replace(STR_SET, (set) => `{${(set.slice(1, -1).match(/'[^']*'/g) ?? []).sort().join(", ")}}`);
function perProcessDetailsElided(verdict: Verdict | undefined): Verdict | undefined {
  return (
    verdict && {
      ...verdict,
      errors: verdict.errors.map((e) => ({ ...e, loc: withoutAddresses(e.loc), msg: setsSorted(e.msg) })),
      warnings: verdict.warnings.map((w) => ({ ...w, loc: withoutAddresses(w.loc), msg: setsSorted(w.msg) })),
    }
  );
}

/** Every difference between our answer and the reference's. */
export function compareAnswers(ours: Answer, reference: Answer, modes: readonly Mode[] = MODES): Difference[] {
  if (reference.lost !== undefined) {
    return [{ measure: "crash", mode: "read", key: `lost: ${reference.lost}`, detail: reference.lost }];
  }
  if (reference.crash !== undefined || ours.crash !== undefined) {
    return [
      {
        measure: "crash",
        mode: "read",
        key: `crash ${reference.crash !== undefined ? "reference" : "ours"}: ${(reference.crash ?? ours.crash ?? "").split("\n").filter(Boolean).slice(-1)[0] ?? ""}`,
        detail: reference.crash ?? ours.crash ?? "",
      },
    ];
  }
  if (reference.parse || ours.parse) {
    if (reference.parse && ours.parse) {
      return [];
    }
    const which = reference.parse ? `reference cannot read (${reference.parse.type})` : `we cannot read`;
    return [
      {
        measure: "parse",
        mode: "read",
        key: `parse: ${which}: ${messageShape((reference.parse ?? ours.parse)?.msg.split("\n")[0] ?? "")}`,
        detail: (reference.parse ?? ours.parse)?.msg ?? "",
      },
    ];
  }
  const differences: Difference[] = [];
  for (const mode of modes) {
    const o = perProcessDetailsElided(ours[mode]);
    const r = perProcessDetailsElided(reference[mode]);
    if (!o || !r) {
      continue;
    }
    if (o.status !== r.status) {
      const first = r.errors[0] ?? o.errors[0];
      differences.push({
        measure: "status",
        mode,
        key: `status ${r.status} <> ${o.status}: ${first ? `${locKey(first.loc)} ${messageShape(first.msg)}` : ""}`,
        detail: `reference ${r.status}, ours ${o.status}`,
      });
    }
    if (mode === "discover" && o.format_version !== r.format_version) {
      differences.push({
        measure: "format_version",
        mode,
        key: `format_version ${r.status}: ${messageShape(r.format_version)} <> ${messageShape(o.format_version)}`,
        detail: `reference ${r.format_version}, ours ${o.format_version}`,
      });
    }
    const errors = compareEntries("error-locs", mode, o.errors, r.errors, () => "");
    const warnings = compareEntries("warning-locs", mode, o.warnings, r.warnings, (w) => ` (${w.severity})`);
    differences.push(...errors.differences, ...warnings.differences, ...errors.messages, ...warnings.messages);
  }
  return differences;
}
