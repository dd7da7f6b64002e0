// The S3 client against a real S3 protocol server (s3rver on loopback): objects, conditional writes, copies,
// listings across pages, retries with backoff, and errors that name the object.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { PreconditionFailed, S3Client } from "../../../../src/engine/node/s3/client.js";
import { resolveS3Config } from "../../../../src/engine/node/s3/config.js";
import { useS3Server } from "../../../helpers/s3-server.js";

const s3 = useS3Server();
const tmp = mkdtempSync(join(tmpdir(), "s3-client-"));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("S3Client", () => {
  it("puts, gets, heads, copies and deletes objects (keys with spaces and unicode)", async () => {
    const key = "dir/a b/ünï code.json"; // not `+`: s3rver decodes x-amz-copy-source with decodeURI, which keeps %2B
    const etag = await s3.client.put(s3.server.bucket, key, Buffer.from('{"a": 1}'));
    expect(etag).toBe(`"${createHash("md5").update('{"a": 1}').digest("hex")}"`);
    expect((await s3.client.get(s3.server.bucket, key))?.bytes.toString()).toBe('{"a": 1}');
    expect(await s3.client.head(s3.server.bucket, key)).toEqual({ etag, size: 8 });
    await s3.client.copy(s3.server.bucket, key, "dir/copy.json");
    expect((await s3.client.get(s3.server.bucket, "dir/copy.json"))?.bytes.toString()).toBe('{"a": 1}');
    await s3.client.delete(s3.server.bucket, key);
    expect(await s3.client.get(s3.server.bucket, key)).toBeUndefined();
    expect(await s3.client.head(s3.server.bucket, key)).toBeUndefined();
  });

  it("streams a file upload, signed with its sha256", async () => {
    const path = join(tmp, "big.bin");
    const bytes = Buffer.alloc(3 << 20, 7);
    writeFileSync(path, bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    await s3.client.put(s3.server.bucket, "big.bin", { path, size: bytes.byteLength, sha256 });
    expect((await s3.client.get(s3.server.bucket, "big.bin"))?.bytes.equals(bytes)).toBe(true);
  });

  it("refuses a body larger than asked for, naming the object", async () => {
    await s3.client.put(s3.server.bucket, "ten.bin", Buffer.alloc(10));
    await expect(s3.client.get(s3.server.bucket, "ten.bin", 9)).rejects.toThrow(
      `s3://${s3.server.bucket}/ten.bin: HTTP 200 too large (larger than 9 bytes)`,
    );
    expect((await s3.client.get(s3.server.bucket, "ten.bin", 10))?.bytes.byteLength).toBe(10);
  });

  it("conditional writes: If-None-Match creates once, If-Match replaces only the version read", async () => {
    const first = await s3.client.put(s3.server.bucket, "cond.txt", Buffer.from("one"), { ifNoneMatch: "*" });
    await expect(s3.client.put(s3.server.bucket, "cond.txt", Buffer.from("two"), { ifNoneMatch: "*" })).rejects.toBeInstanceOf(
      PreconditionFailed,
    );
    const second = await s3.client.put(s3.server.bucket, "cond.txt", Buffer.from("two"), { ifMatch: first });
    await expect(s3.client.put(s3.server.bucket, "cond.txt", Buffer.from("three"), { ifMatch: first })).rejects.toThrow(
      `s3://${s3.server.bucket}/cond.txt: HTTP 412 PreconditionFailed`,
    );
    expect(second).not.toBe(first);
    expect((await s3.client.get(s3.server.bucket, "cond.txt"))?.bytes.toString()).toBe("two");
  });

  it("lists across pages (1,001 keys: the server's 1,000-key page and one more) and one level with a delimiter", async () => {
    const keys = Array.from({ length: 1001 }, (_, i) => `many/k${String(i).padStart(4, "0")}`);
    s3.server.seed([...keys.map((key) => [key, "x"] as const), ["many/sub/deeper", "y"]]);
    const before = s3.server.requests.length;
    const pages = [];
    for await (const page of s3.client.list(s3.server.bucket, "many/", { delimiter: "/" })) {
      pages.push(page);
    }
    expect(s3.server.requests.length - before).toBe(2);
    expect(pages.flatMap((p) => p.objects.map((o) => o.key))).toEqual(keys);
    expect(pages.flatMap((p) => p.prefixes)).toEqual(["many/sub/"]);
  });

  it("retries server errors with backoff, then names the object and the error", async () => {
    await s3.client.put(s3.server.bucket, "flaky.txt", Buffer.from("ok"));
    s3.server.fail((r) => r.key === "flaky.txt" && r.method === "GET", 2, 503);
    expect((await s3.client.get(s3.server.bucket, "flaky.txt"))?.bytes.toString()).toBe("ok");
    s3.server.fail((r) => r.key === "flaky.txt" && r.method === "GET", 10, 500);
    await expect(s3.client.get(s3.server.bucket, "flaky.txt")).rejects.toThrow(
      `s3://${s3.server.bucket}/flaky.txt: HTTP 500 InternalError (injected by the test)`,
    );
    s3.server.healthy(); // nothing left over for the next tests
  });

  it("names the endpoint when nothing answers there", async () => {
    const nowhere = new S3Client(resolveS3Config({ endpoint_url: "http://127.0.0.1:9", anon: true }));
    await expect(nowhere.get("b", "k")).rejects.toThrow(
      /^s3:\/\/b\/k: cannot connect \(ECONNREFUSED at http:\/\/127\.0\.0\.1:9, after 4 tries\)$/,
    );
    nowhere.close();
  });
});
