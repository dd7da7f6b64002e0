// JSON -> value like JSON.parse, except that integers beyond 2^53 become bigints instead of being rounded
// (copick picks carry instance ids up to 2^64). Browser-safe; errors name file:line:col.
import { DEFAULT_DOCUMENT_LIMITS } from "./limits.js";
import { type JsonDialect, readJson } from "./json-reader.js";

export type LosslessJson = null | boolean | number | bigint | string | LosslessJson[] | { [key: string]: LosslessJson };

const LOSSLESS: JsonDialect<LosslessJson> = {
  number(literal, fractionOrExponent) {
    const number = Number(literal);
    return fractionOrExponent || Number.isSafeInteger(number) ? number : BigInt(literal);
  },
};

/** Nesting deeper than `maxDepth` is a ParseError (the parser recurses once per level). */
export function parseLosslessJson(text: string, fileName = "<json>", maxDepth = DEFAULT_DOCUMENT_LIMITS.maxDepth): LosslessJson {
  return readJson(text, fileName, maxDepth, LOSSLESS);
}
