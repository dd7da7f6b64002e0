// HTTP(S) GET for the download cache and the copick reader (Node). Written on node:http rather than fetch because
// a stranger's server decides what comes back: redirects are followed by hand (http and https only, at most 20, a
// loop refused at once and never retried); Content-Encoding (gzip and deflate, as the reference asks for; br too) is decoded here, so that
// Content-Length is checked against the bytes on the wire and the size limit against the decoded ones, and a body
// that expands more than the ratio limit (a gzip bomb) is refused after its first MiB; no progress for
// `idleSeconds`, or not done within `maxSeconds`, ends it.
import type { ClientRequest, IncomingMessage } from "node:http";
import type { Transform, TransformCallback } from "node:stream";
import { networkModules } from "./network-modules.js";

/** Why a GET failed, and whether trying again may help (a reset connection may; a redirect loop never does). */
export class HttpFailure extends Error {
  constructor(
    reason: string,
    readonly retryable: boolean,
  ) {
    super(reason);
    this.name = "HttpFailure";
  }
}

export interface HttpGetOptions {
  readonly userAgent: string;
  /** Seconds without a byte before giving up (retryable). */
  readonly idleSeconds: number;
  /** Seconds for everything, however steadily it progresses (BIOIMAGE_SPECS_HTTP_MAX_SECONDS; not retryable). */
  readonly maxSeconds: number;
  /** Largest body after decoding, or a function of its first bytes (a document is refused sooner than an archive). */
  readonly maxBytes: number | ((head: Uint8Array) => number);
  /** Largest expansion of a compressed body beyond its first MiB (BIOIMAGE_SPECS_HTTP_MAX_RATIO). */
  readonly maxRatio: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  /** The URL that answered (after redirects). */
  readonly url: string;
  /** The body's length when the server declared it and sends it as is (no Content-Encoding). */
  readonly length: number | undefined;
  /** The body, decoded, in chunks (read it once, or cancel); fails with an HttpFailure. */
  body(): AsyncGenerator<Uint8Array, void, undefined>;
  cancel(): void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** Compressed bodies may expand freely up to here (small files compress well; bombs expand far beyond). */
const RATIO_FREE_BYTES = 1 << 20;

const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found (temporary failure in name resolution)",
  ETIMEDOUT: "connection timed out",
  EPIPE: "connection closed",
  HPE_INVALID_CONSTANT: "not an HTTP response",
  HPE_INVALID_CONTENT_LENGTH: "invalid Content-Length",
  HPE_UNEXPECTED_CONTENT_LENGTH: "invalid Content-Length",
  HPE_HEADER_OVERFLOW: "headers too large",
};

function failureOf(error: unknown): HttpFailure {
  if (error instanceof HttpFailure) {
    return error;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code?.startsWith("Z_") || code?.startsWith("ERR_BROTLI") || code?.startsWith("ERR__ERROR_FORMAT")) {
    return new HttpFailure(`corrupt compressed body (${(error as Error).message})`, false);
  }
  const known = code === undefined ? undefined : NETWORK_ERRORS[code];
  const message = (error as Error).message;
  return new HttpFailure(known ?? (code !== undefined && !message.includes(code) ? `${code}: ${message}` : message), true);
}

const isIdentity = (encoding: string | undefined): boolean => ["", "identity"].includes((encoding ?? "").trim().toLowerCase());

function decoderFor(encoding: string | undefined): Transform | undefined {
  const coding = (encoding ?? "").trim().toLowerCase();
  if (isIdentity(coding)) {
    return undefined;
  }
  if (coding === "gzip" || coding === "x-gzip") {
    return networkModules().zlib.createGunzip();
  }
  if (coding === "br") {
    return networkModules().zlib.createBrotliDecompress();
  }
  if (coding === "deflate") {
    return deflateDecoder();
  }
  throw new HttpFailure(`unsupported Content-Encoding '${encoding ?? ""}'`, false);
}

/** `deflate` is zlib-wrapped by the standard and raw by some servers: the first byte tells (as browsers decide). */
function deflateDecoder(): Transform {
  let inner: Transform | undefined;
  const { stream, zlib } = networkModules();
  return new stream.Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      if (inner === undefined) {
        inner = ((chunk[0] ?? 0) & 0x0f) === 0x08 ? zlib.createInflate() : zlib.createInflateRaw();
        inner.on("data", (out: Buffer) => this.push(out));
        inner.on("error", (error) => this.destroy(error));
      }
      inner.write(chunk, () => done());
    },
    flush(done: TransformCallback) {
      if (inner === undefined) {
        done();
        return;
      }
      inner.once("end", () => done());
      inner.end();
    },
  });
}

function send(url: URL, options: HttpGetOptions, started: (request: ClientRequest) => void): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const { http, https } = networkModules();
    const request = (url.protocol === "https:" ? https.request : http.request)(url, {
      headers: { "User-Agent": options.userAgent, "Accept-Encoding": "gzip, deflate" },
    });
    started(request);
    request.on("response", resolve);
    request.on("error", reject);
    request.end();
  });
}

/** GETs `url`, following redirects; the response of any status (a 404 is the caller's to word). */
export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpResponse> {
  let failure: HttpFailure | undefined;
  let current: ClientRequest | undefined;
  const fail = (why: HttpFailure): void => {
    failure ??= why;
    current?.destroy(why);
  };
  let receiving = false;
  let idle: NodeJS.Timeout | undefined;
  const touch = (): void => {
    clearTimeout(idle);
    idle = setTimeout(
      () => fail(new HttpFailure(receiving ? `stalled for ${options.idleSeconds} s` : `no response within ${options.idleSeconds} s`, true)),
      options.idleSeconds * 1000,
    );
  };
  const deadline = setTimeout(
    () => fail(new HttpFailure(`took longer than ${options.maxSeconds} s (BIOIMAGE_SPECS_HTTP_MAX_SECONDS)`, false)),
    options.maxSeconds * 1000,
  );
  const stop = (): void => {
    clearTimeout(idle);
    clearTimeout(deadline);
    current?.destroy();
  };

  let target = new URL(url);
  const visited = new Set([target.href]);
  let response: IncomingMessage;
  try {
    for (let hops = 0; ; hops++) {
      if (target.protocol !== "http:" && target.protocol !== "https:") {
        throw new HttpFailure(`redirected to ${target.protocol} (only http and https are followed)`, false);
      }
      touch();
      response = await send(target, options, (request) => (current = request));
      const location = response.headers.location;
      if (!REDIRECTS.has(response.statusCode ?? 0) || location === undefined) {
        break;
      }
      response.resume();
      if (hops === MAX_REDIRECTS) {
        throw new HttpFailure(`more than ${MAX_REDIRECTS} redirects`, false);
      }
      const next = new URL(location, target);
      if (visited.has(next.href)) {
        throw new HttpFailure(`redirect loop (back to ${next.href})`, false);
      }
      visited.add(next.href);
      target = next;
    }
  } catch (error) {
    stop();
    throw failure ?? (error instanceof TypeError ? new HttpFailure(`bad redirect: ${error.message}`, false) : failureOf(error));
  }

  const encoding = response.headers["content-encoding"];
  const declared = response.headers["content-length"] === undefined ? undefined : Number(response.headers["content-length"]);
  const status = response.statusCode ?? 0;
  const sentAsIs = isIdentity(encoding);
  async function* body(): AsyncGenerator<Uint8Array, void, undefined> {
    receiving = true;
    touch();
    let wire = 0;
    let decoded = 0;
    let limit = typeof options.maxBytes === "number" ? options.maxBytes : undefined;
    const checkDeclared = (): void => {
      if (limit !== undefined && sentAsIs && declared !== undefined && declared > limit) {
        throw new HttpFailure(`body of ${declared} bytes exceeds the limit of ${limit} bytes`, false);
      }
    };
    const counted = new (networkModules().stream.Transform)({
      transform(chunk: Buffer, _encoding, done: TransformCallback) {
        wire += chunk.length;
        touch();
        done(null, chunk);
      },
    });
    let output: Transform = counted;
    let complete = false;
    try {
      const decoder = decoderFor(encoding);
      output = decoder ?? counted;
      const flowing = networkModules().streamPromises.pipeline(decoder ? [response, counted, decoder] : [response, counted]);
      flowing.catch(() => undefined); // its error reaches the loop below through `output`
      checkDeclared();
      for await (const chunk of output as AsyncIterable<Buffer>) {
        if (limit === undefined && typeof options.maxBytes === "function") {
          limit = options.maxBytes(chunk);
          checkDeclared();
        }
        decoded += chunk.length;
        touch(); // decoding is progress too: a compressed body may arrive in one piece
        if (decoded > (limit ?? Number.POSITIVE_INFINITY)) {
          throw new HttpFailure(`body exceeds the limit of ${limit} bytes`, false);
        }
        if (decoder && decoded > RATIO_FREE_BYTES && decoded > wire * options.maxRatio) {
          throw new HttpFailure(
            `the ${encoding ?? ""}-compressed body expands more than ${options.maxRatio}-fold (BIOIMAGE_SPECS_HTTP_MAX_RATIO)`,
            false,
          );
        }
        yield chunk;
      }
      await flowing;
      if (declared !== undefined && wire !== declared) {
        throw new HttpFailure(`received ${wire} bytes, but Content-Length says ${declared}`, true);
      }
      complete = true;
    } catch (error) {
      throw failure ?? failureOf(error);
    } finally {
      clearTimeout(idle);
      clearTimeout(deadline);
      if (!complete) {
        output.destroy();
        response.destroy();
        current?.destroy();
      }
    }
  }
  return {
    status,
    statusText: response.statusMessage ?? "",
    url: target.href,
    length: encoding === undefined && declared !== undefined && Number.isFinite(declared) ? declared : undefined,
    body,
    cancel: () => {
      stop();
      response.destroy();
    },
  };
}
