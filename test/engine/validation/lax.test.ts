// pydantic's lax mode: what bioimageio.spec 0.5.7.2 (pydantic 2.13) makes of a value of the wrong kind, as its
// TypeAdapter(int | float | bool).validate_python answered for each of these (the reference, run once).
import { describe, expect, test } from "vitest";
import { buildDescription } from "../../../src/bioimageio/build.js";
import { laxRefusal, laxValue } from "../../../src/engine/validation/lax.js";
import { validModel } from "../../helpers/model.js";

const INT_READS: [unknown, number][] = [
  ["16_0", 160],
  [" 5 ", 5],
  ["+5", 5],
  ["5.0", 5],
  ["2", 2],
  [true, 1],
];
const INT_REFUSES = ["5.", "1e3", "inf", ".5", "1_0.5", "0x10", "yes", "", "٣"];
const FLOAT_READS: [unknown, number][] = [
  ["16_0", 160],
  [" 5 ", 5],
  ["5.", 5],
  ["1e3", 1000],
  ["Infinity", Infinity],
  ["-INF", -Infinity],
  [".5", 0.5],
  ["1_0.5", 10.5],
  [true, 1],
];
const FLOAT_REFUSES = ["0x10", "yes", "", "٣"];
const BOOL_READS: [unknown, boolean][] = [
  ["yes", true],
  ["YES", true],
  ["on", true],
  ["t", true],
  ["off", false],
  [1, true],
  [0, false],
];
const BOOL_REFUSES = [" yes", "2", "5.0", 2, ""];

describe("lax values", () => {
  test.each(INT_READS)("int reads %j as %j", (value, expected) => expect(laxValue("integer", value)).toBe(expected));
  test.each(INT_REFUSES)("int refuses %j: unable to parse string as an integer", (value) => {
    expect(laxValue("integer", value)).toBeUndefined();
    expect(laxRefusal("integer", value)?.msg).toBe("Input should be a valid integer, unable to parse string as an integer");
  });
  test.each(FLOAT_READS)("float reads %j as %j", (value, expected) => expect(laxValue("number", value)).toBe(expected));
  test.each(FLOAT_REFUSES)("float refuses %j: unable to parse string as a number", (value) => {
    expect(laxValue("number", value)).toBeUndefined();
    expect(laxRefusal("number", value)?.msg).toBe("Input should be a valid number, unable to parse string as a number");
  });
  test("float reads nan", () => expect(laxValue("number", "nan")).toBeNaN());
  test.each(BOOL_READS)("bool reads %j as %j", (value, expected) => expect(laxValue("boolean", value)).toBe(expected));
  test.each(BOOL_REFUSES)("bool refuses %j: unable to interpret input", (value) => {
    expect(laxValue("boolean", value)).toBeUndefined();
    expect(laxRefusal("boolean", value)?.msg).toBe("Input should be a valid boolean, unable to interpret input");
  });
  test("a fractional number is not a boolean at all (bool_type, not bool_parsing)", () => {
    expect(laxValue("boolean", 0.5)).toBeUndefined();
    expect(laxRefusal("boolean", 0.5)).toBeUndefined();
  });
});

describe("a description validated as the reference's models hold it", () => {
  test("numeric strings fill number fields, and the valid description holds the numbers", async () => {
    const doc = validModel();
    doc.inputs[0].axes[2].size = { min: "+128", step: " 16 " };
    const built = await buildDescription(doc);
    expect(built.validationSummary.errors).toEqual([]);
    const content: unknown = built.valid ? built.content : undefined;
    expect(content).toMatchObject({ inputs: [{ axes: [{}, {}, { size: { min: 128, step: 16 } }, {}] }] });
  });

  test("a string that is not a number: pydantic's words, at its place", async () => {
    const doc = validModel();
    doc.inputs[0].axes[2].size = { min: "1.5", step: 16 };
    const errors = (await buildDescription(doc)).validationSummary.errors.map((e) => [e.loc, e.msg]);
    expect(errors).toContainEqual([
      ["inputs", 0, "axes", 2, "space", "size", "ParameterizedSize", "min"],
      "Input should be a valid integer, unable to parse string as an integer",
    ]);
  });

  test("a union keeps the first branch lax mode makes valid, read its way: [true, 'on'] is a list[bool]", async () => {
    const doc = validModel();
    doc.outputs[0].data = { type: "bool", values: [true, "on", false] };
    const built = await buildDescription(doc);
    expect(built.validationSummary.errors).toEqual([]);
    const content: unknown = built.valid ? built.content : undefined;
    expect(content).toMatchObject({ outputs: [{ data: { values: [true, true, false] } }] });
  });

  test("when no branch can be made valid, a value lax mode reads is no error of the branch it is in", async () => {
    const doc = validModel();
    doc.outputs[0].data = { type: "uint8", values: [true, "x"] };
    const nominal = "function-after[_validate_values_match_type(), NominalOrOrdinalDataDescr]";
    const errors = (await buildDescription(doc)).validationSummary.errors.map((e) => [
      e.loc.slice(3).join(".").replace(nominal, "N"),
      e.msg,
    ]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["N.values.list[int].1", "Input should be a valid integer, unable to parse string as an integer"],
        ["N.values.list[bool].1", "Input should be a valid boolean, unable to interpret input"],
        ["N.values.list[str].0", "Input should be a valid string"],
      ]),
    );
    expect(errors.filter(([loc]) => String(loc).endsWith(".0") && !String(loc).includes("list[str]"))).toEqual([]);
  });
});
