// The value a plain YAML timestamp is read as (load/yaml-scalars.ts), at the engine's lowest layer so that the
// document helpers (records.ts, python-repr.ts) know it. Browser-safe.

/**
 * A plain YAML timestamp as ruyaml constructs it: a `datetime.date`, or a naive `datetime.datetime` (an offset is
 * applied and dropped: `12:22:32+01:00` is 11:22:32). No JSON kind: the validators refuse it wherever they expect
 * a string, number, boolean, list or mapping, as pydantic refuses a date there. Immutable; its JSON form
 * (`toJSON`) is Python's `isoformat()`, what the reference's JSON dump writes for it.
 */
export class YamlTimestamp {
  readonly #kind: "date" | "datetime";
  readonly #iso: string;

  constructor(kind: "date" | "datetime", iso: string) {
    this.#kind = kind;
    this.#iso = iso;
  }

  /** `date` or `datetime`, the Python type. */
  get kind(): "date" | "datetime" {
    return this.#kind;
  }

  /** Python's `isoformat()`: `2019-12-11`, `2019-12-11T11:22:32.500000`. */
  toJSON(): string {
    return this.#iso;
  }

  /** Python's `str()`: `2019-12-11`, `2019-12-11 11:22:32.500000`. */
  toString(): string {
    return this.#iso.replace("T", " ");
  }

  /** Python's `repr()`: `datetime.date(2019, 12, 11)`, `datetime.datetime(2019, 12, 11, 11, 22, 32, 500000)`. */
  pyRepr(): string {
    const parts = /^(\d+)-(\d+)-(\d+)(?:T(\d+):(\d+):(\d+)(?:\.(\d+))?)?$/.exec(this.#iso)?.slice(1) ?? [];
    const numbers = parts.filter((p): p is string => p !== undefined).map(Number);
    // repr() leaves out trailing zero seconds and microseconds, not a zero hour or minute
    while (numbers.length > 5 && numbers.at(-1) === 0) {
      numbers.pop();
    }
    return `datetime.${this.#kind}(${numbers.join(", ")})`;
  }
}
