// Email addresses as pydantic's EmailStr judges them (email-validator 2.3, the reference's): the answers were recorded
// by scripts/reference/record_emails.py, hand-picked addresses and seeded random ones.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { isEmail } from "../../../src/engine/validation/ajv-runtime.js";
import { emailProblem } from "../../../src/engine/validation/email.js";

const answers = JSON.parse(readFileSync(new URL("../../fixtures/python-email/answers.json", import.meta.url), "utf8")) as {
  email: string;
  reason: string | null;
}[];

describe("email addresses as the reference's pydantic judges them", () => {
  test("every recorded address: taken, or refused with the same reason", () => {
    expect(answers.length).toBeGreaterThan(600);
    expect(answers.some((a) => a.reason === null)).toBe(true);
    const wrong = answers.filter((a) => (emailProblem(a.email) ?? null) !== a.reason);
    expect(wrong.map((a) => `${JSON.stringify(a.email)}: ${String(emailProblem(a.email))} <> ${String(a.reason)}`)).toEqual([]);
  });

  test("the validators' email format is the same judgement", () => {
    for (const a of answers) {
      expect(isEmail(a.email), a.email).toBe(a.reason === null);
    }
  });
});
