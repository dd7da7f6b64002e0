import { describe, expect, test } from "vitest";
import { Extremes } from "../../../src/engine/formats/extremes.js";

function of(values: readonly number[]): Extremes {
  const extremes = new Extremes();
  values.forEach((v) => extremes.add(v));
  return extremes;
}

describe("Extremes: numpy's min and max", () => {
  test("no element has neither", () => {
    expect([of([]).min, of([]).max]).toEqual([undefined, undefined]);
  });
  test("the smallest and largest element, infinities included", () => {
    expect([of([3, -1, 7, 0]).min, of([3, -1, 7, 0]).max]).toEqual([-1, 7]);
    expect([of([Number.NEGATIVE_INFINITY, 2]).min, of([2, Number.POSITIVE_INFINITY]).max]).toEqual([
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });
  test("NaN anywhere makes both NaN, as numpy's min/max (not nanmin)", () => {
    for (const values of [
      [Number.NaN, 1, 2],
      [1, Number.NaN, 2],
      [1, 2, Number.NaN],
    ]) {
      expect([of(values).min, of(values).max]).toEqual([Number.NaN, Number.NaN]);
    }
  });
});
