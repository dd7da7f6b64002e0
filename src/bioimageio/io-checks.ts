// IO checks (the reference's `perform_io_checks`): referenced files exist, declared sha256 values match
// (streamed, never read whole), missing ones are filled in, then the IO rules of the description class.
// Browser-safe: files come through a FileResolver (folder, zip, URL, or whatever the page provides).
import { type HasherFactory, normalizeSha256 } from "../engine/bytes/sha256.js";
import type { ByteStream } from "../engine/bytes/streams.js";
import { modelIoRulesV0_5 } from "./model/0.5/io.js";
import { defineRuleInfo, type GeneratedFile, type IoRule, type IoRuleContext, type RuleInfo } from "../engine/validation/rule.js";
import { ERROR } from "../engine/summary/types.js";
import { validityOf } from "../engine/validation/engine.js";
import type { DocPath, Issue } from "../engine/summary/issue.js";
import { FileNotFound, type FileResolver, isUrl } from "../engine/files.js";
import { type FileRef, fileRefs } from "./file-refs.js";
import { ownEntry, setEntry } from "../engine/records.js";

export interface IoCheckOptions {
  readonly resolver: FileResolver;
  /** source -> sha256 (or null: do not check): these files are neither read nor hashed. Checked files are added. */
  readonly knownFiles?: Record<string, string | null>;
  /** Overwrite declared hashes with the actual ones (`updateHashes`). */
  readonly updateHashes?: boolean;
  readonly createHasher: HasherFactory;
  /** The sha256 of a file on this machine (`FileResolver.localPath`), faster than hashing what `open` streams. */
  readonly hashFile?: ((path: string) => Promise<string>) | undefined;
  /** Files whose hash is checked elsewhere (the package writer hashes while copying): only their existence is checked. */
  readonly hashedElsewhere?: (source: string) => boolean;
  /** How many files are hashed at once. */
  readonly concurrency?: number;
  /** sha256 values of files computed before (a language server checks again after every edit). */
  readonly hashCache?: HashCache | undefined;
}

/** sha256 values by where a file is (`FileResolver.describe`: a path or a URL); it answers only for files that did not change. */
export interface HashCache {
  get(location: string): Promise<string | undefined>;
  set(location: string, sha256: string): void;
}

/** What `BuildOptions.io` runs for each description class. */
export interface IoChecks {
  /** Checks `content` (filling in missing hashes in place); `earlier` are the issues of the checks without IO. */
  check(content: Record<string, unknown>, type: string, formatVersion: string, earlier: readonly Issue[]): Promise<IoOutcome>;
}

export interface IoOutcome {
  readonly issues: readonly Issue[];
  /** What could not be checked, in words. */
  readonly notChecked: readonly string[];
  /** Files the checks made (generated covers), by the name the content now uses for them. */
  readonly generated: ReadonlyMap<string, Uint8Array>;
}

const IO_RULES: ReadonlyMap<string, readonly IoRule<never>[]> = new Map([["model/0.5", modelIoRulesV0_5 as readonly IoRule<never>[]]]);

function setIn(content: Record<string, unknown>, path: DocPath, value: unknown): void {
  let node: unknown = content;
  for (const segment of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[segment];
  }
  (node as Record<string | number, unknown>)[path.at(-1) as string | number] = value;
}

export const FILE_EXISTS = defineRuleInfo({
  id: "common.file.exists",
  description: "with IO checks, a local file a description references exists",
  severity: ERROR,
  messages: ["Value error, {file} does not point to an existing file", "Value error, {error}"],
  reference: "src/bioimageio/spec/_internal/io.py:225",
});

export const SHA256_MATCH = defineRuleInfo({
  id: "common.file.sha256-match",
  description: "with IO checks, a referenced file is readable and has the sha256 the description gives (unless hashes are updated)",
  severity: ERROR,
  messages: [
    "Value error, Sha256 mismatch for {source}. Expected {sha256}, got {actual}. Update expected `sha256` or point to the matching file.",
    "Value error, failed to read {source}: {error}",
  ],
  reference: "src/bioimageio/spec/_internal/io.py:268",
});

function error(loc: DocPath, msg: string, rule: RuleInfo, type = "value_error"): Issue {
  return { loc, msg, type, severity: ERROR, rule: rule.id };
}

export async function hashStream(stream: ByteStream, createHasher: HasherFactory): Promise<string> {
  const hasher = createHasher();
  for await (const chunk of stream) {
    hasher.update(chunk);
  }
  return hasher.digestHex();
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  });
  await Promise.all(workers);
  return results;
}

export function ioChecks(options: IoCheckOptions): IoChecks {
  const known = options.knownFiles ?? {};
  const vouched = new Set(Object.keys(known)); // what the caller listed, before checked files are added
  const resolver = options.resolver;

  async function checkRef(ref: FileRef, content: Record<string, unknown>): Promise<Issue[]> {
    const rule = SHA256_MATCH;
    // own entries only: a file named `constructor` or `__proto__` is not Object.prototype's
    if (Object.hasOwn(known, ref.source)) {
      const actual = known[ref.source];
      return actual === null || actual === undefined ? [] : compare(ref, normalizeSha256(actual), content);
    }
    if (ref.sha256Path === undefined || (typeof ref.sha256 === "string" && options.hashedElsewhere?.(ref.source) === true)) {
      try {
        if (resolver.isLocal(ref.source) && !(await resolver.exists(ref.source))) {
          return [error(ref.valuePath, `Value error, ${resolver.describe(ref.source)} does not point to an existing file`, FILE_EXISTS)];
        }
      } catch (caught) {
        return [error(ref.valuePath, `Value error, ${(caught as Error).message}`, FILE_EXISTS)];
      }
      return [];
    }
    let actual: string;
    try {
      const declared = typeof ref.sha256 === "string" ? normalizeSha256(ref.sha256) : undefined;
      const location = options.hashCache ? resolver.describe(ref.source) : undefined;
      const cached = location === undefined ? undefined : await options.hashCache?.get(location);
      const path = cached === undefined && options.hashFile ? await resolver.localPath?.(ref.source) : undefined;
      actual =
        cached ??
        (path !== undefined && options.hashFile
          ? await options.hashFile(path)
          : await hashStream(resolver.open(ref.source, declared), options.createHasher));
      if (location !== undefined && cached === undefined) {
        options.hashCache?.set(location, actual);
      }
    } catch (caught) {
      if (caught instanceof FileNotFound) {
        return [error(ref.valuePath, `Value error, ${caught.message}`, FILE_EXISTS)];
      }
      return [
        error(ref.loc, `Value error, failed to read ${resolver.describe(ref.source)}: ${(caught as Error).message}`, rule, "io_error"),
      ];
    }
    setEntry(known, ref.source, actual);
    return compare(ref, actual, content);
  }

  function compare(ref: FileRef, actual: string, content: Record<string, unknown>): Issue[] {
    const declared = typeof ref.sha256 === "string" ? normalizeSha256(ref.sha256) : null;
    if (declared === actual) {
      return [];
    }
    if (declared === null || options.updateHashes) {
      if (ref.sha256Path) {
        setIn(content, ref.sha256Path, actual);
      }
      return [];
    }
    return [
      error(
        ref.loc,
        `Value error, Sha256 mismatch for ${ref.source}. Expected ${declared}, got ${actual}. Update expected \`sha256\` or point to the matching file.`,
        SHA256_MATCH,
      ),
    ];
  }

  return {
    async check(content, type, formatVersion, earlier) {
      const validity = validityOf(earlier);
      const refs = fileRefs(content, type, formatVersion).filter(
        (ref) => validity.isValid(ref.loc) && validity.isValid(ref.valuePath) && !(isUrl(ref.source) && ref.sha256Path === undefined),
      );
      const fileIssues = (await mapLimited(refs, options.concurrency ?? 4, (ref) => checkRef(ref, content))).flat();
      const notChecked: string[] = [];
      const generated = new Map<string, Uint8Array>();
      const rules = IO_RULES.get(`${type}/${formatVersion.split(".").slice(0, 2).join(".")}`) ?? [];
      if (rules.length === 0) {
        return { issues: fileIssues, notChecked, generated };
      }
      const ruleIssues: Issue[] = [];
      // a rule sees the errors of the rules before it too: pydantic runs no validator of a model after a failed one
      let base = validityOf(fileIssues);
      const context: IoRuleContext = {
        isValid: (path) => validity.isValid(path) && base.isValid(path),
        open: (source) => resolver.open(source, ownEntry(known, source) ?? undefined),
        isKnown: (source) => vouched.has(source),
        notChecked: (what) => notChecked.push(what),
        spotless: () => earlier.length === 0 && fileIssues.length === 0 && ruleIssues.length === 0,
        generated: (path: DocPath, files: readonly GeneratedFile[]) => {
          for (const file of files) {
            generated.set(file.name, file.bytes);
          }
          setIn(
            content,
            path,
            files.map((file) => file.name),
          );
        },
      };
      for (const rule of rules as readonly IoRule<Record<string, unknown>>[]) {
        base = validityOf([...fileIssues, ...ruleIssues]);
        for await (const finding of rule.check(content, context)) {
          const severity = finding.severity ?? ERROR;
          ruleIssues.push({
            loc: finding.loc,
            ...(finding.path ? { path: finding.path } : {}),
            msg: finding.msg,
            type: finding.type ?? (severity >= ERROR ? "value_error" : "warning"),
            severity,
            rule: rule.id,
          });
        }
      }
      return { issues: [...fileIssues, ...ruleIssues], notChecked, generated };
    },
  };
}
