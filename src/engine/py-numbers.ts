// The numbers of a parsed document that a JavaScript number cannot tell apart, as Python holds them: a float with
// an integral value (`1000.0`, `1e3`, `!!float 1`: the number 1000 here, `1000.0` in Python's str()) and an int
// beyond 2^53 (its exact value; the number here has lost digits). The loaders note them beside the plain JSON
// values, by container and key, so that the descriptions stay JSON-shaped and the validators see numbers, while
// the places where the reference prints or type-checks such a value can ask. At the engine's lowest layer, as
// yaml-timestamp.ts, so that python-repr.ts knows them. Browser-safe.

/** A float with an integral value, or the exact value of an int beyond 2^53. */
export type PyNumberKind = "float" | bigint;

/**
 * What the scalar readers return for such a literal (a number otherwise): the loaders replace it by its number,
 * noting its kind (unwrapPyNumbers), before anyone else sees the value.
 */
export class PyNumberLiteral {
  constructor(
    readonly value: number,
    readonly kind: PyNumberKind,
  ) {}
}

let literalsMade = 0;

/** A number as a PyNumberLiteral when Python's value of it is one a JavaScript number cannot tell apart. */
export function pyFloatLiteral(value: number): number | PyNumberLiteral {
  if (!Number.isInteger(value)) {
    return value;
  }
  literalsMade++;
  return new PyNumberLiteral(value, "float");
}

/** An int beyond 2^53 (`value` has lost digits of `exact`). */
export function pyIntLiteral(value: number, exact: bigint): PyNumberLiteral {
  literalsMade++;
  return new PyNumberLiteral(value, exact);
}

/** A counter of the PyNumberLiterals made so far: a loader walks its value only when it moved. */
export function pyNumberLiteralsMade(): number {
  return literalsMade;
}

const KINDS = new WeakMap<object, Map<string | number, PyNumberKind>>();

/** The Python kind noted for `container[key]`, if its number is one of those. */
export function pyNumberKind(container: unknown, key: string | number): PyNumberKind | undefined {
  return typeof container === "object" && container !== null ? KINDS.get(container)?.get(key) : undefined;
}

function note(container: object, key: string | number, kind: PyNumberKind): void {
  let kinds = KINDS.get(container);
  if (kinds === undefined) {
    kinds = new Map();
    KINDS.set(container, kinds);
  }
  kinds.set(key, kind);
}

/** `value` as it goes into `container[key]`: a PyNumberLiteral its number, its kind noted (a loader's insertion). */
export function placed(container: object, key: string | number, value: unknown): unknown {
  if (value instanceof PyNumberLiteral) {
    note(container, key, value.kind);
    return value.value;
  }
  return value;
}

/** A parsed value with each PyNumberLiteral replaced by its number (in place), its kind noted. */
export function unwrapPyNumbers(value: unknown): unknown {
  if (value instanceof PyNumberLiteral) {
    return value.value;
  }
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) {
      return;
    }
    seen.add(node);
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((item, i) => [i, item]) : Object.entries(node);
    for (const [key, item] of entries) {
      if (item instanceof PyNumberLiteral) {
        // (a data property: a key named `__proto__` stays a key)
        Object.defineProperty(node, key, { value: item.value, enumerable: true, writable: true, configurable: true });
        note(node, key, item.kind);
      } else {
        walk(item);
      }
    }
  };
  walk(value);
  return value;
}

/** The notes of `from` carried over to `to`, a copy of it (a spread), for the keys whose number it kept. */
export function carryPyNumberKinds<T extends object>(from: object, to: T): T {
  const kinds = KINDS.get(from);
  if (kinds !== undefined && from !== to) {
    for (const [key, kind] of kinds) {
      if (Reflect.get(to, key) === Reflect.get(from, key)) {
        note(to, key, kind);
      }
    }
  }
  return to;
}
