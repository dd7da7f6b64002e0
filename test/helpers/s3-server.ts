// A real S3 protocol server on loopback for the tests: s3rver (npm), in this process, on a free port, storing in
// a temp folder. s3rver implements objects, listings (paginated, 1000 keys a page at most), copies and
// multipart uploads, but not conditional writes: `conditionalWrites: true` (the default) adds If-Match and
// If-None-Match on PUT in front of it, as AWS S3 answers them (412 PreconditionFailed; If-Match on a missing key:
// 404), checked and written one request at a time per key. `fail(...)` makes chosen requests answer an error,
// `requests` logs every request (method, key, query).
//
// ListObjectsV2 is answered here from s3rver's files: s3rver's own misses common prefixes whose objects lie two
// or more levels down (it prunes its walk there), and builds continuation tokens from object keys only (a page of
// common prefixes alone fails). This one reads one folder for a "/" delimiter, the subtree otherwise, and pages
// through objects and prefixes alike, at most 1,000 a page, as S3 does.
//
// s3rver's continuation tokens are DES-encrypted, and OpenSSL 3 (Node >= 17) has no single DES without its legacy
// provider: `des` is served as three-key triple DES with the key repeated, which computes single DES exactly.
import crypto from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll } from "vitest";
import { S3Client } from "../../src/engine/node/s3/client.js";
import { resolveS3Config } from "../../src/engine/node/s3/config.js";

export interface S3Request {
  readonly method: string;
  readonly bucket: string;
  readonly key: string;
  readonly query: string;
  /** It carried If-Match or If-None-Match. */
  readonly conditional: boolean;
  /** A server-side copy (x-amz-copy-source). */
  readonly copy: boolean;
}

interface Fault {
  readonly match: (request: S3Request) => boolean;
  readonly status: number;
  remaining: number;
}

export interface TestS3Server {
  readonly endpoint: string;
  readonly bucket: string;
  /** The environment a client (or a CLI child process) needs to reach the server. */
  readonly env: Readonly<Record<string, string>>;
  /** s3fs-style fs_args for the same server. */
  readonly fsArgs: Readonly<Record<string, unknown>>;
  readonly requests: S3Request[];
  /** Stores objects directly in the server's store (fast seeding, no HTTP). */
  seed(objects: Iterable<readonly [string, string | Uint8Array]>): void;
  /** Seeds every file below local folder `dir` as `<prefix>/<its relative path>`. */
  seedFolder(dir: string, prefix: string): void;
  /** The next `times` requests matching `match` answer `status` (an S3 error document). */
  fail(match: (request: S3Request) => boolean, times?: number, status?: number): void;
  /** Forgets the failures not used up. */
  healthy(): void;
  close(): Promise<void>;
}

type CipherFactory = (algorithm: string, key: Buffer, iv: Buffer) => crypto.Cipher;
for (const name of ["createCipheriv", "createDecipheriv"] as const) {
  const original = crypto[name] as unknown as CipherFactory;
  if (!(original as { singleDes?: boolean }).singleDes) {
    const patched: CipherFactory = (algorithm, key, iv) =>
      algorithm === "des" ? original("des-ede3-cbc", Buffer.concat([key, key, key]), iv) : original(algorithm, key, iv);
    (patched as { singleDes?: boolean }).singleDes = true;
    (crypto as unknown as Record<string, unknown>)[name] = patched;
  }
}

type Context = {
  method: string;
  path: string;
  querystring: string;
  headers: Record<string, string | undefined>;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
};
type Next = () => Promise<void>;

const errorXml = (code: string, message: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;

const OBJECT = "._S3rver_object";
const xmlEscape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Keys (and, with a "/" delimiter, common prefixes) under `prefix` in s3rver's folder of a bucket, sorted. */
function listKeys(bucketDir: string, prefix: string, delimiter: string): { key: string; isPrefix: boolean }[] {
  const base = prefix.slice(0, prefix.lastIndexOf("/") + 1); // the folder holding every match
  const out: { key: string; isPrefix: boolean }[] = [];
  const walk = (folder: string, keyBase: string): void => {
    let names: string[];
    try {
      names = readdirSync(join(bucketDir, folder));
    } catch {
      return;
    }
    for (const name of names) {
      if (name.endsWith(OBJECT)) {
        const key = keyBase + name.slice(0, -OBJECT.length);
        if (key.startsWith(prefix)) {
          out.push({ key, isPrefix: false });
        }
      } else if (!name.includes("._S3rver_")) {
        const sub = `${keyBase}${name}/`;
        if (delimiter === "/" && sub.startsWith(prefix) && sub.length > prefix.length) {
          out.push({ key: sub, isPrefix: true });
        } else if (sub.startsWith(prefix) || prefix.startsWith(sub)) {
          walk(join(folder, name), sub);
        }
      }
    }
  };
  walk(base, base);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function listObjectsV2(bucketDir: string, bucket: string, query: URLSearchParams): string {
  const prefix = query.get("prefix") ?? "";
  const delimiter = query.get("delimiter") ?? "";
  const maxKeys = Math.min(1000, Number(query.get("max-keys") ?? 1000));
  const token = query.get("continuation-token");
  const after = token ? Buffer.from(token, "base64").toString("utf8") : (query.get("start-after") ?? "");
  const entries = listKeys(bucketDir, prefix, delimiter).filter((e) => e.key > after);
  const page = entries.slice(0, maxKeys);
  const truncated = entries.length > maxKeys;
  const contents = page
    .filter((e) => !e.isPrefix)
    .map((e) => {
      const file = join(bucketDir, `${e.key}${OBJECT}`);
      const md5 = (() => {
        try {
          return readFileSync(`${file}.md5`, "utf8");
        } catch {
          return crypto.createHash("md5").update(readFileSync(file)).digest("hex");
        }
      })();
      return `<Contents><Key>${xmlEscape(e.key)}</Key><Size>${statSync(file).size}</Size><ETag>&quot;${md5}&quot;</ETag></Contents>`;
    });
  const prefixes = page.filter((e) => e.isPrefix).map((e) => `<CommonPrefixes><Prefix>${xmlEscape(e.key)}</Prefix></CommonPrefixes>`);
  const next = truncated
    ? `<NextContinuationToken>${Buffer.from(page[page.length - 1]?.key ?? "").toString("base64")}</NextContinuationToken>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>${bucket}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${next}${contents.join("")}${prefixes.join("")}</ListBucketResult>`;
}

export async function startS3Server(options: { conditionalWrites?: boolean; bucket?: string } = {}): Promise<TestS3Server> {
  const bucket = options.bucket ?? "copick";
  const directory = mkdtempSync(join(tmpdir(), "s3rver-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const requests: S3Request[] = [];
  const faults: Fault[] = [];
  const keyQueues = new Map<string, Promise<void>>();
  const store = (
    server as unknown as {
      store: {
        getMetadata(bucket: string, key: string): Promise<{ etag: string }>;
      };
    }
  ).store;

  const parse = (ctx: Context): S3Request => {
    const [, b = "", ...rest] = ctx.path.split("/");
    return {
      method: ctx.method,
      bucket: decodeURIComponent(b),
      key: rest.map((part) => decodeURIComponent(part)).join("/"),
      query: ctx.querystring,
      conditional: ctx.headers["if-match"] !== undefined || ctx.headers["if-none-match"] !== undefined,
      copy: ctx.headers["x-amz-copy-source"] !== undefined,
    };
  };

  const front = async (ctx: Context, next: Next): Promise<void> => {
    const request = parse(ctx);
    requests.push(request);
    const fault = faults.find((f) => f.remaining > 0 && f.match(request));
    if (fault) {
      fault.remaining--;
      ctx.status = fault.status;
      ctx.type = "application/xml";
      ctx.body = errorXml(fault.status === 503 ? "SlowDown" : "InternalError", "injected by the test");
      return;
    }
    const query = new URLSearchParams(ctx.querystring);
    if (ctx.method === "GET" && request.key === "" && query.get("list-type") === "2") {
      ctx.type = "application/xml";
      ctx.body = listObjectsV2(join(directory, request.bucket), request.bucket, query);
      return;
    }
    const ifMatch = ctx.headers["if-match"];
    const ifNoneMatch = ctx.headers["if-none-match"];
    if (
      options.conditionalWrites === false ||
      ctx.method !== "PUT" ||
      request.key === "" ||
      (ifMatch === undefined && ifNoneMatch === undefined)
    ) {
      return next();
    }
    const id = `${request.bucket}/${request.key}`;
    const previous = keyQueues.get(id) ?? Promise.resolve();
    let release = (): void => undefined;
    const mine = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
    keyQueues.set(id, mine);
    await previous;
    try {
      const current = await store.getMetadata(request.bucket, request.key).then(
        (metadata) => metadata.etag,
        () => undefined,
      );
      if (ifMatch !== undefined && current === undefined) {
        ctx.status = 404;
        ctx.type = "application/xml";
        ctx.body = errorXml("NoSuchKey", "The specified key does not exist.");
        return;
      }
      if ((ifMatch !== undefined && ifMatch !== current) || (ifNoneMatch === "*" && current !== undefined)) {
        ctx.status = 412;
        ctx.type = "application/xml";
        ctx.body = errorXml("PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
        return;
      }
      await next();
    } finally {
      release();
      if (keyQueues.get(id) === mine) {
        keyQueues.delete(id);
      }
    }
  };
  (server as unknown as { middleware: unknown[] }).middleware.unshift(front);
  const address = (await server.run()) as unknown as { port: number };
  const endpoint = `http://127.0.0.1:${address.port}`;
  const handle: TestS3Server = {
    endpoint,
    bucket,
    env: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: "S3RVER",
      AWS_SECRET_ACCESS_KEY: "S3RVER",
      AWS_REGION: "us-east-1",
    },
    fsArgs: { key: "S3RVER", secret: "S3RVER", endpoint_url: endpoint },
    requests,
    seed(objects) {
      // s3rver's file layout (stores/filesystem.js): the object and its md5 (metadata is optional there), written
      // synchronously: much faster than its own putObject.
      const made = new Set<string>();
      for (const [key, content] of objects) {
        const parts = key.split("/");
        const name = parts.pop() ?? "";
        const folder = join(directory, bucket, ...parts);
        if (!made.has(folder)) {
          mkdirSync(folder, { recursive: true });
          made.add(folder);
        }
        writeFileSync(join(folder, `${name}._S3rver_object`), content);
        writeFileSync(join(folder, `${name}._S3rver_object.md5`), crypto.createHash("md5").update(content).digest("hex"));
      }
    },
    seedFolder(dir, prefix) {
      const files = (folder: string): string[] =>
        readdirSync(folder).flatMap((name) =>
          statSync(join(folder, name)).isDirectory() ? files(join(folder, name)) : [join(folder, name)],
        );
      handle.seed(files(dir).map((path) => [`${prefix}/${relative(dir, path)}`, readFileSync(path)] as const));
    },
    fail(match, times = 1, status = 500) {
      faults.push({ match, status, remaining: times });
    },
    healthy() {
      faults.length = 0;
    },
    async close() {
      // Idle keep-alive connections of the clients would hold close() for the server's keep-alive timeout.
      (server as unknown as { httpServer?: { closeAllConnections?: () => void } }).httpServer?.closeAllConnections?.();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
  return handle;
}

/** A server for the tests of one file (started before them, closed after them) and a client of it. */
export function useS3Server(): { readonly server: TestS3Server; readonly client: S3Client } {
  let started: { server: TestS3Server; client: S3Client } | undefined;
  beforeAll(async () => {
    const server = await startS3Server();
    started = { server, client: new S3Client(resolveS3Config(server.fsArgs)) };
  }, 30_000);
  afterAll(async () => {
    started?.client.close();
    await started?.server.close();
  }, 30_000);
  const get = (): { server: TestS3Server; client: S3Client } => {
    if (!started) {
      throw new Error("the S3 server starts before the tests");
    }
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get client() {
      return get().client;
    },
  };
}
