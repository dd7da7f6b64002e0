// Python's repr() of plain values, so that messages read exactly as the reference's f-strings.

export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) {
    return "None";
  }
  if (typeof value === "boolean") {
    return value ? "True" : "False";
  }
  if (typeof value === "number") {
    if (Number.isNaN(value)) {
      return "nan";
    }
    if (!Number.isFinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return String(value);
  }
  if (typeof value === "string") {
    return value.includes("'") && !value.includes('"') ? `"${value}"` : `'${value.replaceAll("'", "\\'")}'`;
  }
  if (Array.isArray(value)) {
    return `[${value.map(pyRepr).join(", ")}]`;
  }
  if (value instanceof Set) {
    return value.size === 0 ? "set()" : `{${[...value].map(pyRepr).join(", ")}}`;
  }
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`)
    .join(", ")}}`;
}

/** A float as Python prints it (`1` -> `1.0`). */
export function pyFloat(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : pyRepr(value);
}

/** A pydantic model's str(): `field='value' other=1` over the given fields. */
export function pyModelStr(fields: Readonly<Record<string, unknown>>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${pyRepr(v)}`)
    .join(" ");
}

/** A pydantic model's repr(): `Name(field='value', other=1)`. */
export function pyModelRepr(className: string, fields: Readonly<Record<string, unknown>>): string {
  return `${className}(${Object.entries(fields)
    .map(([k, v]) => `${k}=${pyRepr(v)}`)
    .join(", ")})`;
}
