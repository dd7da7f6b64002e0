// Where a Croissant's writers commit: one interface, two implementations, so that the engine's commit and the
// exporter run the same steps on a local folder and on S3 (lock, finish an interrupted commit, stage the new
// files, commit them, compare versions of metadata.json).
//
// Local (staging.ts, lock.ts): a lock file, temp files fsync'd beside their targets, a journal, renames.
// S3 (no rename there): a lock object, the new files uploaded under `.copick-staging/<token>/`, a journal object,
// then metadata.json written with If-Match on the ETag this writer read (the commit point: a writer that lost a
// race changes nothing and replays), then the CSVs copied into place server-side, then the journal and the
// staged objects removed. The next writer (or a reader holding the lock) rolls an interrupted commit forward
// when metadata.json is the journal's, back otherwise. Servers that ignore conditional writes (checked once per
// bucket) get a best-effort lock instead; see the README.
import { createHash, randomBytes } from "node:crypto";
import { readFile, rm, stat } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { CopickError } from "../errors.js";
import { COPICK_CSVS } from "../csv-schema.js";
import { PreconditionFailed, S3Error } from "../../engine/node/s3/client.js";
import { type Location, locationText, readOptional } from "./location.js";
import { DEFAULT_TIMEOUT_MS, type LockOptions, queued, sleep, withCroissantLock } from "./lock.js";
import { JOURNAL_FILE, type Staged, StagedWriter, commitStaged, discard, recoverCommit } from "./staging.js";

export { JOURNAL_FILE };
export const METADATA = "metadata.json";
export const SIDE_FILES = [METADATA, ...COPICK_CSVS.map((csv) => csv.csvName)];
export const S3_LOCK = ".metadata.json.lock";
export const S3_STAGING = ".copick-staging";

/** metadata.json changed since it was read, by a writer this one could not exclude: read again and replay. */
export class LostRace extends CopickError {}

export interface CroissantStore {
  readonly dir: Location;
  /** Runs `work` holding the writers' lock. */
  locked<T>(work: () => Promise<T>, options?: LockOptions): Promise<T>;
  /** Finishes (or undoes) a commit a crash interrupted, removes what failed writers left. Hold the lock. */
  recover(): Promise<void>;
  /** True when an interrupted commit waits there. */
  interrupted(): Promise<boolean>;
  /** A writer of the new version of the file `name` (a CSV or metadata.json). */
  open(name: string): Promise<StagedWriter>;
  /**
   * Puts `staged` into place, metadata.json among them, provided metadata.json is still `expected` (its version
   * as read: an ETag on S3, the sha256 of its bytes locally; null: absent). Returns its new version; throws LostRace.
   */
  commit(staged: readonly Staged[], expected: string | null): Promise<string>;
  discard(staged: readonly Staged[]): Promise<void>;
}

const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

/** The version of metadata.json bytes read: the S3 ETag, else their sha256. */
export function versionOf(read: { bytes: Uint8Array; etag: string | undefined } | undefined): string | null {
  return read === undefined ? null : (read.etag ?? sha256(read.bytes));
}

class LocalStore implements CroissantStore {
  constructor(readonly dir: Location & { kind: "local" }) {}

  locked<T>(work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
    return withCroissantLock(this.dir.path, work, options);
  }

  recover(): Promise<void> {
    return recoverCommit(this.dir.path, SIDE_FILES);
  }

  async interrupted(): Promise<boolean> {
    return (await readOptional({ kind: "local", path: join(this.dir.path, JOURNAL_FILE) })) !== undefined;
  }

  open(name: string): Promise<StagedWriter> {
    return StagedWriter.open(join(this.dir.path, name));
  }

  /** Under the lock nobody else writes here: `expected` was checked by the caller, against the file itself. */
  async commit(staged: readonly Staged[]): Promise<string> {
    await commitStaged(this.dir.path, staged);
    return staged.find((file) => file.target.endsWith(`/${METADATA}`))?.sha256 ?? "";
  }

  discard(staged: readonly Staged[]): Promise<void> {
    return discard(staged);
  }
}

// ---------------------------------------------------------------------------------------------------------------

type S3Dir = Location & { kind: "s3" };

/** How long a lock object holds without being renewed (its holder renews it every third of that). */
const LEASE_MS = 30_000;
/** Best-effort locking (no conditional writes): how long a writer waits before reading back the lock it wrote. */
const SETTLE_MS = 250;

interface LockBody {
  readonly token: string;
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  /** ms since the epoch. */
  readonly expires: number;
}

interface Journal {
  readonly token: string;
  readonly names: readonly string[];
  /** sha256 of the new metadata.json: present there means the commit point was passed. */
  readonly metadataSha256: string;
}

const conditionalSupport = new Map<string, Promise<boolean>>();

class S3Store implements CroissantStore {
  private readonly prefix: string;
  private heldLock: { etag: string; body: LockBody; lost: boolean } | undefined;

  constructor(readonly dir: S3Dir) {
    this.prefix = dir.key === "" ? "" : `${dir.key}/`;
  }

  private get client() {
    return this.dir.access.client;
  }

  private key(name: string): string {
    return `${this.prefix}${name}`;
  }

  private url(name: string): string {
    return `s3://${this.dir.bucket}/${this.key(name)}`;
  }

  /** S3 failures as CopickErrors naming the object (never the credentials). */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof S3Error && !(error instanceof PreconditionFailed)) {
        throw new CopickError(error.message);
      }
      throw error;
    }
  }

  /**
   * Whether this server honours If-None-Match / If-Match on PUT (AWS S3, MinIO, Ceph RGW, Cloudflare R2 do):
   * a probe object is written twice, the second time on a condition that cannot hold.
   */
  conditionalWrites(): Promise<boolean> {
    const id = `${this.client.config.endpoint} ${this.dir.bucket}`;
    let answer = conditionalSupport.get(id);
    if (!answer) {
      answer = this.call(async () => {
        const probe = this.key(`.copick-probe-${randomBytes(6).toString("hex")}`);
        await this.client.put(this.dir.bucket, probe, Buffer.from("probe"));
        try {
          await this.client.put(this.dir.bucket, probe, Buffer.from("probe"), { ifNoneMatch: "*" });
          return false;
        } catch (error) {
          if (error instanceof PreconditionFailed) {
            return true;
          }
          throw error;
        } finally {
          await this.client.delete(this.dir.bucket, probe);
        }
      });
      answer.catch(() => conditionalSupport.delete(id));
      conditionalSupport.set(id, answer);
    }
    return answer;
  }

  private async readLock(): Promise<{ body: LockBody | undefined; etag: string } | undefined> {
    const found = await this.client.get(this.dir.bucket, this.key(S3_LOCK), 1 << 16);
    if (found === undefined) {
      return undefined;
    }
    try {
      return { body: JSON.parse(found.bytes.toString("utf8")) as LockBody, etag: found.etag };
    } catch {
      return { body: undefined, etag: found.etag }; // unreadable: treated as expired
    }
  }

  private newBody(token: string): LockBody {
    return { token, pid: process.pid, host: hostname(), since: new Date().toISOString(), expires: Date.now() + LEASE_MS };
  }

  private async tryAcquire(token: string, conditional: boolean): Promise<{ held: boolean; holder?: LockBody | undefined }> {
    const bucket = this.dir.bucket;
    const key = this.key(S3_LOCK);
    const current = await this.readLock();
    if (current?.body && current.body.token !== token && current.body.expires > Date.now()) {
      return { held: false, holder: current.body };
    }
    const body = this.newBody(token);
    const bytes = Buffer.from(JSON.stringify(body));
    if (conditional) {
      try {
        // Free: create it only if still absent; expired: take it over only if nobody did meanwhile.
        const etag = await this.client.put(bucket, key, bytes, current ? { ifMatch: current.etag } : { ifNoneMatch: "*" });
        this.heldLock = { etag, body, lost: false };
        return { held: true };
      } catch (error) {
        if (!(error instanceof PreconditionFailed)) {
          throw error;
        }
        const now = await this.readLock(); // a retried PUT of ours that had succeeded answers 412 too
        if (now?.body?.token === token) {
          this.heldLock = { etag: now.etag, body: now.body, lost: false };
          return { held: true };
        }
        return { held: false, holder: now?.body };
      }
    }
    // Best effort: write, let concurrent writers land, read back; the last writer holds it.
    await this.client.put(bucket, key, bytes);
    await sleep(SETTLE_MS);
    const now = await this.readLock();
    if (now?.body?.token === token) {
      this.heldLock = { etag: now.etag, body: now.body, lost: false };
      return { held: true };
    }
    return { held: false, holder: now?.body };
  }

  private async renew(conditional: boolean): Promise<void> {
    const held = this.heldLock;
    if (!held || held.lost) {
      return;
    }
    const body = { ...held.body, expires: Date.now() + LEASE_MS };
    try {
      const etag = await this.client.put(
        this.dir.bucket,
        this.key(S3_LOCK),
        Buffer.from(JSON.stringify(body)),
        conditional ? { ifMatch: held.etag } : {},
      );
      this.heldLock = { etag, body, lost: false };
    } catch (error) {
      if (error instanceof PreconditionFailed) {
        held.lost = true; // broken by another writer: the If-Match on metadata.json still guards the commit
      }
    }
  }

  locked<T>(work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
    return queued(this.url(S3_LOCK), () =>
      this.call(async () => {
        const conditional = await this.conditionalWrites();
        const token = randomBytes(12).toString("hex");
        const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        const deadline = Date.now() + timeoutMs;
        let delay = 50;
        for (;;) {
          const attempt = await this.tryAcquire(token, conditional);
          if (attempt.held) {
            break;
          }
          if (Date.now() > deadline) {
            const who = attempt.holder
              ? `process ${attempt.holder.pid} on ${attempt.holder.host} since ${attempt.holder.since}`
              : "another writer";
            throw new CopickError(
              `${this.url(S3_LOCK)}: locked by ${who}; gave up after ${Math.round(timeoutMs / 1000)} s (the lock expires ${LEASE_MS / 1000} s after its holder stops renewing it)`,
            );
          }
          await sleep(delay * (0.5 + Math.random()));
          delay = Math.min(delay * 2, 1000);
        }
        const renewal = setInterval(() => void this.renew(conditional), LEASE_MS / 3);
        renewal.unref();
        try {
          return await work();
        } finally {
          clearInterval(renewal);
          if (this.heldLock && !this.heldLock.lost) {
            await this.client.delete(this.dir.bucket, this.key(S3_LOCK)).catch(() => undefined);
          }
          this.heldLock = undefined;
        }
      }),
    );
  }

  async interrupted(): Promise<boolean> {
    return this.call(async () => (await this.client.head(this.dir.bucket, this.key(JOURNAL_FILE))) !== undefined);
  }

  async recover(): Promise<void> {
    await this.call(async () => {
      const found = await this.client.get(this.dir.bucket, this.key(JOURNAL_FILE), 1 << 20);
      if (found !== undefined) {
        let journal: Journal;
        try {
          journal = JSON.parse(found.bytes.toString("utf8")) as Journal;
          if (typeof journal.token !== "string" || !Array.isArray(journal.names) || typeof journal.metadataSha256 !== "string") {
            throw new Error("not a commit journal");
          }
        } catch (error) {
          throw new CopickError(
            `${this.url(JOURNAL_FILE)}: unreadable commit journal (${(error as Error).message}); inspect and remove it`,
          );
        }
        const metadata = await this.client.get(this.dir.bucket, this.key(METADATA));
        if (metadata !== undefined && sha256(metadata.bytes) === journal.metadataSha256) {
          await this.placeCsvs(journal); // past the commit point: roll forward
        }
        await this.client.delete(this.dir.bucket, this.key(JOURNAL_FILE));
      }
      // Staged objects of writers that died (the lock is held: no live writer has any).
      const staging = this.key(`${S3_STAGING}/`);
      for await (const page of this.client.list(this.dir.bucket, staging)) {
        await Promise.all(page.objects.map((object) => this.client.delete(this.dir.bucket, object.key)));
      }
    });
  }

  private async placeCsvs(journal: Journal): Promise<void> {
    await Promise.all(
      journal.names
        .filter((name) => name !== METADATA)
        .map((name) => this.client.copy(this.dir.bucket, this.key(`${S3_STAGING}/${journal.token}/${name}`), this.key(name))),
    );
  }

  async open(name: string): Promise<StagedWriter> {
    // Written locally first (hashed, checked by the exporter), uploaded by commit().
    return StagedWriter.open(name, join(tmpdir(), `.copick-${process.pid}-${randomBytes(6).toString("hex")}-${name}`));
  }

  async commit(staged: readonly Staged[], expected: string | null): Promise<string> {
    const metadataFile = staged.find((file) => file.target === METADATA);
    if (!metadataFile) {
      throw new CopickError(`${this.url("")}: a commit writes metadata.json`);
    }
    const conditional = await this.conditionalWrites();
    const token = randomBytes(12).toString("hex");
    const journal: Journal = { token, names: staged.map((file) => file.target), metadataSha256: metadataFile.sha256 };
    return this.call(async () => {
      const { client } = this;
      const bucket = this.dir.bucket;
      const uploaded: string[] = [];
      // From the journal on, the staged objects are the commit's only copy until the CSVs are in place: an
      // error leaves them, and the journal, for the next writer to roll forward (or back).
      let keepStaging = false;
      try {
        await Promise.all(
          staged.map(async (file) => {
            const key = this.key(`${S3_STAGING}/${token}/${file.target}`);
            uploaded.push(key);
            await client.put(bucket, key, { path: file.temp, size: (await stat(file.temp)).size, sha256: file.sha256 });
          }),
        );
        if (!conditional) {
          const now = await client.head(bucket, this.key(METADATA)); // best effort: a window remains
          if ((now?.etag ?? null) !== expected) {
            throw new LostRace(`${this.url(METADATA)} changed since it was read`);
          }
        }
        const metadataBytes = await readFile(metadataFile.temp);
        keepStaging = true;
        await client.put(bucket, this.key(JOURNAL_FILE), Buffer.from(JSON.stringify(journal)));
        let etag: string;
        try {
          etag = await client.put(
            bucket,
            this.key(METADATA),
            metadataBytes,
            conditional ? (expected === null ? { ifNoneMatch: "*" } : { ifMatch: expected }) : {},
          );
        } catch (error) {
          if (!(error instanceof PreconditionFailed)) {
            throw error;
          }
          const now = await client.get(bucket, this.key(METADATA));
          if (now === undefined || sha256(now.bytes) !== metadataFile.sha256) {
            await client.delete(bucket, this.key(JOURNAL_FILE));
            keepStaging = false;
            throw new LostRace(`${this.url(METADATA)} changed since it was read`);
          }
          etag = now.etag; // our own write, retried after its answer was lost
        }
        await this.placeCsvs(journal);
        await client.delete(bucket, this.key(JOURNAL_FILE));
        keepStaging = false;
        return etag;
      } finally {
        if (!keepStaging) {
          await Promise.all(uploaded.map((key) => client.delete(bucket, key).catch(() => undefined)));
        }
        await this.discard(staged);
      }
    });
  }

  async discard(staged: readonly Staged[]): Promise<void> {
    await Promise.all(staged.map((file) => rm(file.temp, { force: true })));
  }
}

/** The store of the Croissant folder `dir` (local or S3; http(s) is read-only). */
export function croissantStore(dir: Location): CroissantStore {
  switch (dir.kind) {
    case "local":
      return new LocalStore(dir);
    case "s3":
      return new S3Store(dir);
    case "http":
      throw new CopickError(`${locationText(dir)}: an http(s) Croissant is read-only`);
  }
}
