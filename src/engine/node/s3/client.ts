// A small S3 client over node:http(s): SigV4-signed requests (or unsigned, anonymous), keep-alive connections,
// at most `concurrency` requests in flight, retries with exponential backoff and jitter on network errors,
// timeouts and HTTP 5xx/429 (settings: BIOIMAGEIO_HTTP_RETRIES, BIOIMAGEIO_HTTP_TIMEOUT), streamed uploads from
// files, conditional writes (If-Match / If-None-Match), paginated listings. Only what copick projects need.
import { createReadStream } from "node:fs";
import type * as http from "node:http";
import { nodeCrypto } from "../crypto.js";
import { networkModules } from "../network-modules.js";
import type { Readable } from "node:stream";
import { settings } from "../settings.js";
import type { S3Config } from "./config.js";
import { EMPTY_SHA256, amzDateOf, authorization, canonicalQuery, uriEncode } from "./sigv4.js";

/** An S3 error answer (or a transport failure, status 0), naming the object. */
export class S3Error extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(`${url}: ${status === 0 ? "" : `HTTP ${status} `}${code}${detail ? ` (${detail})` : ""}`);
    this.name = "S3Error";
  }
}

/** A conditional write whose condition did not hold (HTTP 412): another writer came first. */
export class PreconditionFailed extends S3Error {}

export interface ObjectInfo {
  readonly key: string;
  readonly size: number;
  /** The ETag with its quotes, as S3 sends it. */
  readonly etag: string;
}

export interface ListPage {
  readonly objects: readonly ObjectInfo[];
  /** Common prefixes (with the trailing delimiter). */
  readonly prefixes: readonly string[];
}

/** A file uploaded as one object: streamed, its sha256 known (signed as the payload hash). */
export interface FileBody {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface Conditions {
  readonly ifMatch?: string | undefined;
  readonly ifNoneMatch?: string | undefined;
}

interface Request {
  readonly method: "GET" | "HEAD" | "PUT" | "DELETE";
  readonly bucket: string;
  readonly key?: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | FileBody;
  /** Retry HTTP 409 too (a conditional write that raced another one in flight). */
  readonly conditional?: boolean;
  /** A larger body is refused before it is read (its Content-Length), or once it grows past this. */
  readonly maxBytes?: number;
}

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The first `<name>` element's text in `xml`, entities decoded. */
export function xmlText(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? decodeXml(match[1] ?? "") : undefined;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity.startsWith("#")) {
      return String.fromCodePoint(entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    }
    return named[entity.toLowerCase()] ?? "";
  });
}

function xmlBlocks(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, "g"))].map((m) => m[1] ?? "");
}

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next(); // the slot passes on
      } else {
        this.active--;
      }
    }
  }
}

export class S3Client {
  readonly config: S3Config;
  private readonly slots: Semaphore;
  private readonly agent: http.Agent;
  private readonly endpoint: URL;

  constructor(config: S3Config, options: { concurrency?: number } = {}) {
    this.config = config;
    const concurrency = options.concurrency ?? 16;
    this.slots = new Semaphore(concurrency);
    this.endpoint = new URL(config.endpoint);
    const { http, https } = networkModules();
    const Agent = this.endpoint.protocol === "https:" ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  /** `s3://bucket/key`, for messages. */
  static url(bucket: string, key = ""): string {
    return `s3://${bucket}/${key}`;
  }

  private target(bucket: string, key: string | undefined): { host: string; path: string } {
    const encodedKey = key === undefined ? "" : uriEncode(key, true);
    const virtual = !this.config.pathStyle && /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(bucket);
    if (virtual) {
      return { host: `${bucket}.${this.endpoint.host}`, path: `/${encodedKey}` };
    }
    const base = this.endpoint.pathname.replace(/\/+$/, "");
    return { host: this.endpoint.host, path: `${base}/${uriEncode(bucket)}${key === undefined ? "" : `/${encodedKey}`}` };
  }

  private async once(request: Request): Promise<Answer> {
    const { host, path } = this.target(request.bucket, request.key);
    const query = request.query ?? {};
    const body = request.body;
    const payloadHash =
      body === undefined
        ? EMPTY_SHA256
        : body instanceof Uint8Array
          ? nodeCrypto().createHash("sha256").update(body).digest("hex")
          : body.sha256;
    const headers: Record<string, string> = {
      host,
      "x-amz-content-sha256": payloadHash,
      "x-amz-date": amzDateOf(new Date()),
      ...request.headers,
    };
    if (body !== undefined) {
      headers["content-length"] = String(body instanceof Uint8Array ? body.byteLength : body.size);
    }
    const { credentials } = this.config;
    if (credentials) {
      if (credentials.sessionToken) {
        headers["x-amz-security-token"] = credentials.sessionToken;
      }
      headers.authorization = authorization({
        method: request.method,
        path,
        query,
        headers,
        payloadHash,
        region: this.config.region,
        credentials,
        amzDate: headers["x-amz-date"] ?? "",
      });
    }
    const search = canonicalQuery(query);
    const timeoutMs = settings().httpTimeoutSeconds * 1000;
    const { http, https } = networkModules();
    const send = this.endpoint.protocol === "https:" ? https.request : http.request;
    return new Promise<Answer>((resolve, reject) => {
      const req = send(
        {
          protocol: this.endpoint.protocol,
          hostname: host.replace(/:\d+$/, "").replace(/^\[|\]$/g, ""),
          port: this.endpoint.port || undefined,
          method: request.method,
          path: search ? `${path}?${search}` : path,
          headers,
          agent: this.agent,
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          const limit = request.maxBytes ?? Number.MAX_SAFE_INTEGER;
          let size = Number(res.headers["content-length"] ?? 0);
          const tooLarge = (): void => {
            res.destroy();
            reject(
              new S3Error(S3Client.url(request.bucket, request.key ?? ""), res.statusCode ?? 0, "too large", `larger than ${limit} bytes`),
            );
          };
          if (size > limit) {
            tooLarge();
            return;
          }
          size = 0;
          res.on("data", (chunk: Buffer) => {
            size += chunk.byteLength;
            if (size > limit) {
              tooLarge();
            } else {
              chunks.push(chunk);
            }
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`no answer for ${timeoutMs / 1000} s`)));
      req.on("error", reject);
      if (body === undefined) {
        req.end();
      } else if (body instanceof Uint8Array) {
        req.end(body);
      } else {
        const stream: Readable = createReadStream(body.path);
        stream.on("error", (error) => req.destroy(error));
        stream.pipe(req);
      }
    });
  }

  /** Sends `request`, retrying what may succeed later; an error answer other than 404 throws an S3Error. */
  private async send(request: Request, accept404 = false): Promise<Answer | undefined> {
    const url = S3Client.url(request.bucket, request.key ?? "");
    const retries = settings().httpRetries;
    for (let attempt = 0; ; attempt++) {
      let answer: Answer | undefined;
      let failure: string | undefined;
      try {
        answer = await this.slots.run(() => this.once(request));
      } catch (error) {
        if (error instanceof S3Error) {
          throw error; // too large: trying again changes nothing
        }
        const cause = error as NodeJS.ErrnoException;
        failure = cause.code ?? cause.message;
      }
      const retryable =
        failure !== undefined ||
        (answer !== undefined && (RETRYABLE_STATUS.has(answer.status) || (request.conditional === true && answer.status === 409)));
      if (retryable && attempt < retries) {
        await sleep(Math.random() * Math.min(5000, 100 * 2 ** attempt)); // full jitter
        continue;
      }
      if (answer === undefined) {
        throw new S3Error(
          url,
          0,
          "cannot connect",
          `${failure ?? "?"} at ${this.config.endpoint}${attempt > 0 ? `, after ${attempt + 1} tries` : ""}`,
        );
      }
      if (answer.status === 404 && accept404) {
        return undefined;
      }
      if (answer.status >= 300) {
        const xml = answer.body.toString("utf8");
        const code =
          xmlText(xml, "Code") ??
          (answer.status === 412 ? "PreconditionFailed" : (networkModules().http.STATUS_CODES[answer.status] ?? "error"));
        const message = xmlText(xml, "Message") ?? "";
        const Failure = answer.status === 412 ? PreconditionFailed : S3Error;
        throw new Failure(url, answer.status, code, message);
      }
      return answer;
    }
  }

  private static etagOf(answer: Answer): string {
    const etag = answer.headers.etag;
    return typeof etag === "string" ? etag : "";
  }

  /** The object's bytes and ETag, or undefined when there is none; refused beyond `maxBytes`. */
  async get(bucket: string, key: string, maxBytes = Number.MAX_SAFE_INTEGER): Promise<{ bytes: Buffer; etag: string } | undefined> {
    const answer = await this.send({ method: "GET", bucket, key, maxBytes }, true);
    if (answer === undefined) {
      return undefined;
    }
    return { bytes: answer.body, etag: S3Client.etagOf(answer) };
  }

  async head(bucket: string, key: string): Promise<{ etag: string; size: number } | undefined> {
    const answer = await this.send({ method: "HEAD", bucket, key }, true);
    return answer === undefined ? undefined : { etag: S3Client.etagOf(answer), size: Number(answer.headers["content-length"] ?? 0) };
  }

  /** Writes an object; returns its ETag. A condition that does not hold throws PreconditionFailed. */
  async put(bucket: string, key: string, body: Uint8Array | FileBody, conditions: Conditions = {}): Promise<string> {
    const headers: Record<string, string> = {};
    if (conditions.ifMatch !== undefined) {
      headers["if-match"] = conditions.ifMatch;
    }
    if (conditions.ifNoneMatch !== undefined) {
      headers["if-none-match"] = conditions.ifNoneMatch;
    }
    const conditional = Object.keys(headers).length > 0;
    const answer = await this.send({ method: "PUT", bucket, key, body, headers, conditional });
    return S3Client.etagOf(answer as Answer);
  }

  /** Server-side copy within the bucket. */
  async copy(bucket: string, from: string, to: string): Promise<void> {
    const answer = (await this.send({
      method: "PUT",
      bucket,
      key: to,
      headers: { "x-amz-copy-source": `/${uriEncode(bucket)}/${uriEncode(from, true)}` },
    })) as Answer;
    // S3 may answer 200 with an error document when a copy fails midway.
    const xml = answer.body.toString("utf8");
    if (xml.includes("<Error>")) {
      throw new S3Error(S3Client.url(bucket, to), answer.status, xmlText(xml, "Code") ?? "InternalError", xmlText(xml, "Message") ?? "");
    }
  }

  /** Removes an object (nothing when there is none). */
  async delete(bucket: string, key: string): Promise<void> {
    await this.send({ method: "DELETE", bucket, key }, true);
  }

  /** ListObjectsV2, page by page (continuation tokens followed); `delimiter` "/" lists one level. */
  async *list(bucket: string, prefix: string, options: { delimiter?: string; pageSize?: number } = {}): AsyncGenerator<ListPage> {
    let token: string | undefined;
    do {
      const query: Record<string, string> = { "list-type": "2", prefix };
      if (options.delimiter) {
        query.delimiter = options.delimiter;
      }
      if (options.pageSize !== undefined) {
        query["max-keys"] = String(options.pageSize);
      }
      if (token !== undefined) {
        query["continuation-token"] = token;
      }
      const xml = ((await this.send({ method: "GET", bucket, query })) as Answer).body.toString("utf8");
      const objects = xmlBlocks(xml, "Contents").map((block) => ({
        key: xmlText(block, "Key") ?? "",
        size: Number(xmlText(block, "Size") ?? 0),
        etag: xmlText(block, "ETag") ?? "",
      }));
      const prefixes = xmlBlocks(xml, "CommonPrefixes").map((block) => xmlText(block, "Prefix") ?? "");
      yield { objects, prefixes };
      token = xmlText(xml, "IsTruncated") === "true" ? xmlText(xml, "NextContinuationToken") : undefined;
    } while (token !== undefined);
  }

  /** Closes idle connections (a process exits sooner). */
  close(): void {
    this.agent.destroy();
  }
}
