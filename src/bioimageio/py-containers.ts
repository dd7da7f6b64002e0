// Python's container semantics for the reference's converters, which run on raw YAML before validation: a
// string is a sequence, `in` on a list compares elements, and operations on the wrong type raise. Raising a
// `PyError` of the same class as Python lets the caller report what the reference reports.
import { pyTypeName } from "../engine/python-repr.js";
import { isRecord } from "../engine/records.js";

export type PyErrorClass = "AttributeError" | "KeyError" | "TypeError" | "ValueError";

export class PyError extends Error {
  constructor(
    readonly pyClass: PyErrorClass,
    message: string,
  ) {
    super(message);
    this.name = pyClass;
  }
}

export type PyDict = Record<string, unknown>;

export function isDict(value: unknown): value is PyDict {
  return isRecord(value);
}

/** `collections.abc.Sequence`: lists and strings. */
export function isSequence(value: unknown): value is readonly unknown[] | string {
  return Array.isArray(value) || typeof value === "string";
}

/** `bool(value)` */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === "") {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return isDict(value) ? Object.keys(value).length > 0 : true;
}

/** `value == {}` */
export function isEmptyDict(value: unknown): boolean {
  return isDict(value) && Object.keys(value).length === 0;
}

/** `iter(value)`: list items, string characters, dict keys. */
export function pyIter(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "string") {
    return [...value];
  }
  if (isDict(value)) {
    return Object.keys(value);
  }
  throw new PyError("TypeError", `'${pyTypeName(value)}' object is not iterable`);
}

/** `key in container` */
export function pyContains(container: unknown, key: string): boolean {
  if (isDict(container)) {
    return Object.hasOwn(container, key);
  }
  if (Array.isArray(container)) {
    return container.includes(key);
  }
  if (typeof container === "string") {
    return container.includes(key);
  }
  throw new PyError("TypeError", `argument of type '${pyTypeName(container)}' is not iterable`);
}

/** `obj.get(key, fallback)` */
export function pyGet(obj: unknown, key: string, fallback: unknown = null): unknown {
  if (!isDict(obj)) {
    throw new PyError("AttributeError", `'${pyTypeName(obj)}' object has no attribute 'get'`);
  }
  return Object.hasOwn(obj, key) ? obj[key] : fallback;
}

/** `obj.pop(key, fallback)`, or `obj.pop(key)` when `fallback` is `undefined`. */
export function pyPop(obj: unknown, key: string, fallback?: unknown): unknown {
  if (Array.isArray(obj)) {
    throw new PyError(
      "TypeError",
      fallback === undefined ? "'str' object cannot be interpreted as an integer" : "pop expected at most 1 argument, got 2",
    );
  }
  if (!isDict(obj)) {
    throw new PyError("AttributeError", `'${pyTypeName(obj)}' object has no attribute 'pop'`);
  }
  if (!Object.hasOwn(obj, key)) {
    if (fallback === undefined) {
      throw new PyError("KeyError", `'${key}'`);
    }
    return fallback;
  }
  const value = obj[key];
  delete obj[key];
  return value;
}

/** `obj[key]` */
export function pyGetItem(obj: unknown, key: string): unknown {
  if (isDict(obj)) {
    if (!Object.hasOwn(obj, key)) {
      throw new PyError("KeyError", `'${key}'`);
    }
    return obj[key];
  }
  if (Array.isArray(obj)) {
    throw new PyError("TypeError", "list indices must be integers or slices, not str");
  }
  if (typeof obj === "string") {
    throw new PyError("TypeError", "string indices must be integers, not 'str'");
  }
  throw new PyError("TypeError", `'${pyTypeName(obj)}' object is not subscriptable`);
}

/** `obj[key] = value` */
export function pySetItem(obj: unknown, key: string, value: unknown): void {
  if (isDict(obj)) {
    obj[key] = value;
    return;
  }
  if (Array.isArray(obj)) {
    throw new PyError("TypeError", "list indices must be integers or slices, not str");
  }
  throw new PyError("TypeError", `'${pyTypeName(obj)}' object does not support item assignment`);
}

/** `target.update(update)` for a dict `target`. */
export function pyDictUpdate(target: PyDict, update: unknown): void {
  if (isDict(update)) {
    Object.assign(target, update);
    return;
  }
  if (update === null || update === undefined || typeof update === "number" || typeof update === "boolean") {
    throw new PyError("TypeError", `'${pyTypeName(update)}' object is not iterable`);
  }
  pyIter(update).forEach((element, i) => {
    let pair: unknown[];
    try {
      pair = pyIter(element);
    } catch {
      throw new PyError("TypeError", `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (pair.length !== 2) {
      throw new PyError("ValueError", `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    target[String(pair[0])] = pair[1];
  });
}

/** `zip(a, b)` */
export function pyZip(a: unknown, b: unknown): [unknown, unknown][] {
  const left = pyIter(a);
  const right = pyIter(b);
  return left.slice(0, right.length).map((item, i) => [item, right[i]]);
}

/** A Python float as the documents hold it: JSON has no infinities or NaN, so they are the names `inf`, `-inf`, `nan`. */
export function finiteOrName(value: unknown): unknown {
  if (typeof value !== "number" || Number.isFinite(value)) {
    return value;
  }
  return Number.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
}
