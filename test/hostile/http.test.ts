// Loopback services that misbehave (test/io/http.test.ts has 503-then-200, 404, a stalled body, a short body, a
// redirect loop and a sha256 mismatch): the rest of the list, against downloads, URL sources and the copick reader.
// Every one is a clear error after a bounded time; no partial file is left in the cache.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { stringify } from "yaml";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { loadDescription } from "../../src/bioimageio/node/load.js";
import { CroissantIndex } from "../../src/copick/node/croissant-index.js";
import { download } from "../../src/engine/node/download.js";
import { ReadError } from "../../src/engine/node/read-source.js";
import { type Settings, settings } from "../../src/engine/node/settings.js";
import { startServer, type TestServer } from "../helpers/http-server.js";
import { validGeneric } from "../helpers/model.js";

const fresh = (overrides: Partial<Settings> = {}): Settings => ({
  ...settings(),
  cachePath: mkdtempSync(join(tmpdir(), "hostile-http-cache-")),
  offline: false,
  httpRetries: 1,
  httpTimeoutSeconds: 0.5,
  ...overrides,
});

let server: TestServer;
const drips: NodeJS.Timeout[] = [];
/** A description as real servers send YAML: compressed, Content-Length the compressed size. */
const RDF = stringify(validGeneric());
const ENCODED: Readonly<Record<string, [string, Buffer]>> = {
  "/gzip/rdf.yaml": ["gzip", gzipSync(RDF)],
  "/deflate/rdf.yaml": ["deflate", deflateSync(RDF)],
  "/raw-deflate/rdf.yaml": ["deflate", deflateRawSync(RDF)],
  "/br/rdf.yaml": ["br", brotliCompressSync(RDF)],
  "/bomb": ["gzip", gzipSync(Buffer.alloc(64 << 20), { level: 9 })], // 64 MiB of zeros in 64 KiB
  "/corrupt": ["gzip", Buffer.from("not gzip at all, though it says so")],
  "/compress": ["compress", Buffer.from("x")],
};
/** A description of 1 MiB (a long config value): beyond a document limit set low, far below the download limit. */
const BIG_RDF = stringify({ ...validGeneric(), config: { filler: "x".repeat(1 << 20) } });

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    if (path === "/500") {
      response.statusCode = 500;
      response.end("internal error");
    } else if (path === "/silent") {
      // accepts the request, never answers
    } else if (path === "/drip") {
      response.writeHead(200);
      drips.push(setInterval(() => response.write("x"), 50)); // steady progress, never the end
    } else if (path === "/huge") {
      response.writeHead(200, { "Content-Length": String(1 << 20) });
      response.end(Buffer.alloc(1 << 20));
    } else if (path === "/endless") {
      response.writeHead(200); // chunked, no length: only the running count can stop it
      const chunk = Buffer.alloc(64 << 10);
      const pump = (): void => {
        while (response.write(chunk)) {
          // until the socket's buffer is full
        }
      };
      response.on("drain", pump);
      pump();
    } else if (path === "/to-file") {
      response.writeHead(302, { Location: "file:///etc/passwd" }).end();
    } else if (path === "/loop") {
      response.writeHead(302, { Location: "/loop" }).end();
    } else if (path === "/ping") {
      response.writeHead(302, { Location: "/pong" }).end();
    } else if (path === "/pong") {
      response.writeHead(302, { Location: "/ping" }).end();
    } else if (ENCODED[path] !== undefined) {
      const [encoding, body] = ENCODED[path];
      response.writeHead(200, { "Content-Encoding": encoding, "Content-Length": String(body.length) });
      response.end(body);
    } else if (path === "/big/rdf.yaml") {
      response.writeHead(200, { "Content-Length": String(Buffer.byteLength(BIG_RDF)) });
      response.end(BIG_RDF);
    } else if (path === "/big-chunked/rdf.yaml") {
      response.writeHead(200); // no length: only the running count can stop it
      for (let i = 0; i < BIG_RDF.length; i += 64 << 10) {
        response.write(BIG_RDF.slice(i, i + (64 << 10)));
      }
      response.end();
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
});

afterEach(() => drips.splice(0).forEach((timer) => clearInterval(timer)));
afterAll(() => server.close());

/** A TCP server that answers every connection with `reply` (raw bytes), then closes or resets it. */
async function rawServer(reply: string, end: "close" | "reset" | "hold"): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const tcp: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.once("data", () => {
      socket.write(reply);
      if (end === "close") {
        socket.end();
      } else if (end === "reset") {
        socket.resetAndDestroy();
      }
    });
  });
  await new Promise<void>((resolve) => tcp.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(tcp.address() as AddressInfo).port}/rdf.yaml`,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        tcp.close(() => resolve());
      }),
  };
}

function expectNoPartialFiles(s: Settings): void {
  expect(readdirSync(join(s.cachePath, "downloads")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
}

describe("downloads", () => {
  test("HTTP 500 on every attempt: retried, then an error naming the status", async () => {
    const s = fresh();
    const before = server.requests.filter((r) => r.url === "/500").length;
    await expect(download(`${server.url}/500`, { settings: s })).rejects.toThrow(
      /\/500: HTTP 500 Internal Server Error \(after 2 attempts\)/,
    );
    expect(server.requests.filter((r) => r.url === "/500").length - before).toBe(2);
    expectNoPartialFiles(s);
  });

  test("no response at all: the idle timeout", async () => {
    const s = fresh({ httpRetries: 0, httpTimeoutSeconds: 0.3 });
    await expect(download(`${server.url}/silent`, { settings: s })).rejects.toThrow(/no response within 0\.3 s \(after 1 attempts\)/);
  });

  test("a slow drip (steady progress, never the end) stops at BIOIMAGE_SPECS_HTTP_MAX_SECONDS, and is not retried", async () => {
    const s = fresh({ httpMaxSeconds: 0.6 });
    const before = server.requests.filter((r) => r.url === "/drip").length;
    const started = Date.now();
    await expect(download(`${server.url}/drip`, { settings: s })).rejects.toThrow(
      /took longer than 0\.6 s \(BIOIMAGE_SPECS_HTTP_MAX_SECONDS\)/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(server.requests.filter((r) => r.url === "/drip").length - before).toBe(1);
    expectNoPartialFiles(s);
  });

  test("an oversized body: refused by its Content-Length, or by the running count without one", async () => {
    const s = fresh({ httpMaxBytes: 1000 });
    await expect(download(`${server.url}/huge`, { settings: s })).rejects.toThrow(/body of 1048576 bytes exceeds the limit of 1000 bytes/);
    await expect(download(`${server.url}/endless`, { settings: s })).rejects.toThrow(/body exceeds the limit of 1000 bytes/);
    expectNoPartialFiles(s);
  });

  test("BIOIMAGE_SPECS_HTTP_MAX_BYTES and _MAX_SECONDS are read from the environment", () => {
    vi.stubEnv("BIOIMAGE_SPECS_HTTP_MAX_BYTES", "1234");
    vi.stubEnv("BIOIMAGE_SPECS_HTTP_MAX_SECONDS", "5");
    expect([settings().httpMaxBytes, settings().httpMaxSeconds]).toEqual([1234, 5]);
    vi.unstubAllEnvs();
  });

  test("a redirect to file:// is not followed", async () => {
    const s = fresh({ httpRetries: 0 });
    await expect(download(`${server.url}/to-file`, { settings: s })).rejects.toThrow(/failed to download .*\/to-file/);
  });

  const raw: [string, string, "close" | "reset" | "hold", RegExp][] = [
    ["a body longer than its Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\ntype: model\n", "close", /./],
    [
      "a body cut short, then the connection closed",
      "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\ntype: m",
      "close",
      /failed to download/,
    ],
    ["a Content-Length that is not a number", "HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\nabc", "close", /failed to download/],
    ["two different Content-Lengths", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", "close", /failed/],
    ["not HTTP at all", "SSH-2.0-OpenSSH_9.6\r\n", "close", /failed to download/],
    ["a reset connection", "HTTP/1.1 200 OK\r\n", "reset", /failed to download/],
    ["headers that never end", "HTTP/1.1 200 OK\r\nX-A: 1\r\n", "hold", /failed to download/],
  ];

  test.each(raw)("%s: a DownloadError or the bytes received, never a crash", async (_name, reply, end, reason) => {
    const tcp = await rawServer(reply, end);
    const s = fresh({ httpRetries: 0, httpTimeoutSeconds: 0.3 });
    try {
      const outcome = await download(tcp.url, { settings: s }).then(
        (got) => `downloaded ${got.size} bytes`,
        (error: Error) => error.message,
      );
      expect(outcome).toMatch(reason);
      // a body longer than declared is cut at the declared length (the rest is not the response's)
      if (outcome.startsWith("downloaded")) {
        expect(outcome).toBe("downloaded 5 bytes");
      }
      expectNoPartialFiles(s);
    } finally {
      await tcp.close();
    }
  });

  test("as a description source: a ReadError naming the URL", async () => {
    const s = fresh({ httpRetries: 0 });
    await expect(loadDescription(`${server.url}/500`, { settings: s })).rejects.toThrow(
      new ReadError(`${server.url}/500`, "download failed: HTTP 500 Internal Server Error (after 1 attempts)"),
    );
  });
});

describe("compressed bodies (Content-Encoding)", () => {
  const requestsTo = (path: string): number => server.requests.filter((r) => r.url === path).length;

  test.each(["/gzip/rdf.yaml", "/deflate/rdf.yaml", "/raw-deflate/rdf.yaml", "/br/rdf.yaml"])(
    "%s: decoded; Content-Length is the compressed size; the hash is the content's",
    async (path) => {
      const s = fresh();
      const got = await download(`${server.url}${path}`, { settings: s });
      expect(readFileSync(got.path, "utf8")).toBe(RDF);
      expect(got.sha256).toBe(createHash("sha256").update(RDF).digest("hex"));
      const loaded = await loadDescription(`${server.url}${path}`, { settings: s, performIoChecks: false });
      expect(loaded.validationSummary.errors).toEqual([]);
    },
  );

  test("the request asks for gzip and deflate, as the reference's HTTP client does", () => {
    expect(server.requests.find((r) => r.url === "/gzip/rdf.yaml")?.headers["accept-encoding"]).toBe("gzip, deflate");
  });

  test("a gzip bomb (64 MiB of zeros in 64 KiB) is refused after its first MiB, once, and nothing stays in the cache", async () => {
    const s = fresh({ httpRetries: 3 });
    const before = requestsTo("/bomb");
    const started = Date.now();
    await expect(download(`${server.url}/bomb`, { settings: s })).rejects.toThrow(
      /\/bomb: the gzip-compressed body expands more than 100-fold \(BIOIMAGE_SPECS_HTTP_MAX_RATIO\)/,
    );
    expect(requestsTo("/bomb") - before).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(readdirSync(join(s.cachePath, "downloads"))).toEqual([]);
    // the size limit counts decoded bytes
    await expect(download(`${server.url}/bomb`, { settings: fresh({ httpMaxRatio: 1e9, httpMaxBytes: 1 << 20 }) })).rejects.toThrow(
      /body exceeds the limit of 1048576 bytes/,
    );
  });

  test("a corrupt compressed body and an unknown encoding: an error, not retried", async () => {
    const s = fresh({ httpRetries: 3 });
    const before = requestsTo("/corrupt") + requestsTo("/compress");
    await expect(download(`${server.url}/corrupt`, { settings: s })).rejects.toThrow(/\/corrupt: corrupt compressed body/);
    await expect(download(`${server.url}/compress`, { settings: s })).rejects.toThrow(/unsupported Content-Encoding 'compress'/);
    expect(requestsTo("/corrupt") + requestsTo("/compress") - before).toBe(2);
    expectNoPartialFiles(s);
  });
});

describe("redirects that go nowhere", () => {
  test.each([
    ["/loop", /redirect loop \(back to .*\/loop\)/],
    ["/ping", /redirect loop \(back to .*\/ping\)/],
    ["/to-file", /redirected to file: \(only http and https are followed\)/],
  ])("%s: refused at once and never retried", async (path, reason) => {
    const s = fresh({ httpRetries: 3 });
    const before = server.requests.length;
    await expect(download(`${server.url}${path}`, { settings: s })).rejects.toThrow(reason);
    expect(server.requests.length - before).toBeLessThanOrEqual(2);
  });
});

describe("an oversized description by URL", () => {
  test.each(["/big/rdf.yaml", "/big-chunked/rdf.yaml"])(
    "%s: refused as soon as it passes the document limit; nothing of it stays in the cache",
    async (path) => {
      const s = fresh({ documentLimits: { ...settings().documentLimits, maxDocumentBytes: 100_000 } });
      await expect(loadDescription(`${server.url}${path}`, { settings: s })).rejects.toThrow(
        /rdf\.yaml: download failed: body (of \d+ bytes )?exceeds the limit of 100000 bytes/,
      );
      expect(readdirSync(join(s.cachePath, "downloads"))).toEqual([]);
      // within the limit, the same description loads
      const roomy = fresh({ documentLimits: { ...settings().documentLimits, maxDocumentBytes: 2 << 20 } });
      expect((await loadDescription(`${server.url}${path}`, { settings: roomy, performIoChecks: false })).validationSummary.errors).toEqual(
        [],
      );
    },
  );
});

describe("the copick reader (Croissants by URL)", () => {
  afterEach(() => vi.unstubAllEnvs());

  test.each([
    ["HTTP 500", "/500", {}, /\/500: HTTP 500/],
    ["no response", "/silent", { BIOIMAGEIO_HTTP_TIMEOUT: "0.3" }, /cannot fetch: no response within 0\.3 s/],
    ["a slow drip", "/drip", { BIOIMAGE_SPECS_HTTP_MAX_SECONDS: "0.5" }, /cannot fetch: took longer than 0\.5 s/],
    ["an oversized body", "/huge", { BIOIMAGE_SPECS_HTTP_MAX_BYTES: "1000" }, /exceeds the limit of 1000 bytes/],
    ["a redirect to file://", "/to-file", {}, /cannot fetch/],
  ])("%s: a ReadError", async (_name, path, env, reason) => {
    for (const [key, value] of Object.entries(env)) {
      vi.stubEnv(key, value);
    }
    const started = Date.now();
    await expect(CroissantIndex.fromUrl(`${server.url}${path}`)).rejects.toThrow(ReadError);
    await expect(CroissantIndex.fromUrl(`${server.url}${path}`)).rejects.toThrow(reason);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
