// Format-version arithmetic as the reference does it (`get_format_version_tuple`, `get_rd_class_impl`).

export type FormatVersionRequest = "discover" | "latest" | (string & {});

/** "0.5.4" -> [0, 5, 4]; anything else ("0.5", " 0.5.4", "0.5.x") -> undefined, as the reference's tuple. */
export function formatVersionTuple(value: unknown): [number, number, number] | undefined {
  const match = typeof value === "string" ? /^(\d+)\.(\d+)\.(\d+)$/.exec(value) : null;
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** The major.minor a format version selects ("0.5.4" -> "0.5", "1" -> "1.0"). */
export function minorVersion(formatVersion: string): string {
  const first = formatVersion.indexOf(".");
  if (first < 0) {
    return `${formatVersion}.0`;
  }
  const second = formatVersion.indexOf(".", first + 1);
  return second < 0 ? formatVersion : formatVersion.slice(0, formatVersion.lastIndexOf("."));
}

export function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  return 0;
}
