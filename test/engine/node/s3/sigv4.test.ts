// SigV4 against the worked examples of the S3 API reference ("Signature Calculations for the Authorization
// Header: Transferring Payload in a Single Chunk"): same key, date and requests, the signatures it gives.
import { describe, expect, it } from "vitest";
import { EMPTY_SHA256, authorization, uriEncode } from "../../../../src/engine/node/s3/sigv4.js";

const credentials = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const common = { region: "us-east-1", credentials, amzDate: "20130524T000000Z" };
const signature = (header: string): string => header.replace(/.*Signature=/, "");

describe("SigV4", () => {
  it("GET object with a range", () => {
    const header = authorization({
      ...common,
      method: "GET",
      path: "/test.txt",
      query: {},
      headers: {
        Host: "examplebucket.s3.amazonaws.com",
        Range: "bytes=0-9",
        "x-amz-content-sha256": EMPTY_SHA256,
        "x-amz-date": common.amzDate,
      },
      payloadHash: EMPTY_SHA256,
    });
    expect(header).toContain("SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,");
    expect(signature(header)).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
  });

  it("PUT object (a key needing encoding, a body)", () => {
    const payloadHash = "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072";
    const header = authorization({
      ...common,
      method: "PUT",
      path: `/${uriEncode("test$file.text", true)}`,
      query: {},
      headers: {
        Date: "Fri, 24 May 2013 00:00:00 GMT",
        Host: "examplebucket.s3.amazonaws.com",
        "x-amz-date": common.amzDate,
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
        "x-amz-content-sha256": payloadHash,
      },
      payloadHash,
    });
    expect(signature(header)).toBe("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
  });

  it("GET bucket (list objects, query parameters sorted and encoded)", () => {
    const header = authorization({
      ...common,
      method: "GET",
      path: "/",
      query: { prefix: "J", "max-keys": "2" },
      headers: { Host: "examplebucket.s3.amazonaws.com", "x-amz-content-sha256": EMPTY_SHA256, "x-amz-date": common.amzDate },
      payloadHash: EMPTY_SHA256,
    });
    expect(signature(header)).toBe("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
  });
});
