import { describe, expect, test } from "vitest";
import { deepEqual, isDate, isDateTime, isEmail, isUri, ucs2length } from "../../../src/engine/validation/ajv-runtime.js";

describe("validator runtime", () => {
  test("ucs2length counts code points (surrogate pairs once, lone surrogates once each)", () => {
    expect(ucs2length("")).toBe(0);
    expect(ucs2length("abc")).toBe(3);
    expect(ucs2length("🦈🙂x")).toBe(3);
    expect(ucs2length("\uD800x")).toBe(2);
    expect(ucs2length("x\uDC00")).toBe(2);
  });

  test("deepEqual compares JSON values structurally", () => {
    expect(deepEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
  });

  test("formats", () => {
    expect(isDate("2024-02-29")).toBe(true);
    expect(isDate("2023-02-29")).toBe(false);
    expect(isDateTime("2019-12-11T11:22:32+00:00")).toBe(true);
    expect(isDateTime("2019-12-11T11:22:32")).toBe(false);
    expect(isUri("https://example.com/a%20b")).toBe(true);
    expect(isUri("not a uri")).toBe(false);
    expect(isEmail("a@b.org")).toBe(true);
    expect(isEmail("a@b")).toBe(false);
  });
});
