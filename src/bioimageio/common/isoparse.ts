// Timestamps as the reference reads them: dateutil's `isoparse` (any single character between date and time),
// then Python's `datetime` range checks and `.astimezone(UTC)`; the problem is worded as Python's ValueError.

class IsoError extends Error {}

/** Python's `int(b"...")`: surrounding whitespace, a sign, digits with single underscores between them. */
function pyInt(text: string): number {
  const trimmed = text.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, "");
  if (!/^[+-]?\d+(_\d+)*$/.test(trimmed)) {
    throw new IsoError(`invalid literal for int() with base 10: ${bytesRepr(text)}`);
  }
  return Number(trimmed.replaceAll("_", ""));
}

/** Python's repr of ASCII bytes. */
function bytesRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === "\\" || c === quote) {
      out += `\\${c}`;
    } else if (c === "\t") {
      out += "\\t";
    } else if (c === "\n") {
      out += "\\n";
    } else if (c === "\r") {
      out += "\\r";
    } else if (code < 32 || code >= 127) {
      out += `\\x${code.toString(16).padStart(2, "0")}`;
    } else {
      out += c;
    }
  }
  return `b${quote}${out}${quote}`;
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 31));

function checkDate(year: number, month: number, day: number): void {
  if (year < 1 || year > 9999) {
    throw new IsoError(`year ${year} is out of range`);
  }
  if (month < 1 || month > 12) {
    throw new IsoError("month must be in 1..12");
  }
  if (day < 1 || day > daysIn(year, month)) {
    throw new IsoError("day is out of range for month");
  }
}

/** Days since 0001-01-01 (proleptic Gregorian), and back. */
function ordinal(year: number, month: number, day: number): number {
  const y = year - 1;
  let days = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  for (let m = 1; m < month; m++) {
    days += daysIn(year, m);
  }
  return days + day - 1;
}

function fromOrdinal(n: number): [number, number, number] {
  let year = Math.max(1, Math.floor(n / 365.2425) - 1);
  while (ordinal(year + 1, 1, 1) <= n) {
    year++;
  }
  while (ordinal(year, 1, 1) > n) {
    year--;
  }
  let month = 1;
  let rest = n - ordinal(year, 1, 1);
  while (rest >= daysIn(year, month)) {
    rest -= daysIn(year, month);
    month++;
  }
  return [year, month, rest + 1];
}

function parseDateCommon(s: string): [number[], number] {
  const components = [1, 1, 1];
  if (s.length < 4) {
    throw new IsoError("ISO string too short");
  }
  components[0] = pyInt(s.slice(0, 4));
  let pos = 4;
  if (pos >= s.length) {
    return [components, pos];
  }
  const hasSep = s[pos] === "-";
  if (hasSep) {
    pos++;
  }
  if (s.length - pos < 2) {
    throw new IsoError("Invalid common month");
  }
  components[1] = pyInt(s.slice(pos, pos + 2));
  pos += 2;
  if (pos >= s.length) {
    if (hasSep) {
      return [components, pos];
    }
    throw new IsoError("Invalid ISO format");
  }
  if (hasSep) {
    if (s[pos] !== "-") {
      throw new IsoError("Invalid separator in ISO string");
    }
    pos++;
  }
  if (s.length - pos < 2) {
    throw new IsoError("Invalid common day");
  }
  components[2] = pyInt(s.slice(pos, pos + 2));
  return [components, pos + 2];
}

function parseDateUncommon(s: string): [number[], number] {
  if (s.length < 4) {
    throw new IsoError("ISO string too short");
  }
  const year = pyInt(s.slice(0, 4));
  const hasSep = s[4] === "-";
  let pos = 4 + (hasSep ? 1 : 0);
  let ord: number;
  if (s[pos] === "W") {
    pos++;
    const week = pyInt(s.slice(pos, pos + 2));
    pos += 2;
    let day = 1;
    if (s.length > pos) {
      if ((s[pos] === "-") !== hasSep) {
        throw new IsoError("Inconsistent use of dash separator");
      }
      pos += hasSep ? 1 : 0;
      day = pyInt(s.slice(pos, pos + 1));
      pos++;
    }
    if (!(week > 0 && week < 54)) {
      throw new IsoError(`Invalid week: ${week}`);
    }
    if (!(day > 0 && day < 8)) {
      throw new IsoError(`Invalid weekday: ${day}`);
    }
    checkDate(year, 1, 4);
    const jan4 = ordinal(year, 1, 4);
    const weekday = ((jan4 % 7) + 7) % 7; // 0001-01-01 was a Monday: 0 = Monday
    ord = jan4 - weekday + (week - 1) * 7 + (day - 1);
  } else {
    if (s.length - pos < 3) {
      throw new IsoError("Invalid ordinal day");
    }
    const day = pyInt(s.slice(pos, pos + 3));
    pos += 3;
    if (day < 1 || day > 365 + (isLeap(year) ? 1 : 0)) {
      throw new IsoError(`Invalid ordinal day ${day} for year ${year}`);
    }
    checkDate(year, 1, 1);
    ord = ordinal(year, 1, 1) + day - 1;
  }
  if (ord < 0 || ord > ordinal(9999, 12, 31)) {
    throw new IsoError("date value out of range");
  }
  return [fromOrdinal(ord), pos];
}

/** The zone offset in minutes (undefined: none given). */
function parseZone(s: string): number {
  if (s === "Z" || s === "z") {
    return 0;
  }
  if (![3, 5, 6].includes(s.length)) {
    throw new IsoError("Time zone offset must be 1, 3, 5 or 6 characters");
  }
  const sign = s[0] === "-" ? -1 : s[0] === "+" ? 1 : 0;
  if (sign === 0) {
    throw new IsoError("Time zone offset requires sign");
  }
  const hours = pyInt(s.slice(1, 3));
  const minutes = s.length === 3 ? 0 : pyInt(s.slice(s[3] === ":" ? 4 : 3));
  if (hours === 0 && minutes === 0) {
    return 0;
  }
  if (minutes > 59) {
    throw new IsoError("Invalid minutes in time zone offset");
  }
  if (hours > 23) {
    throw new IsoError("Invalid hours in time zone offset");
  }
  return sign * (hours * 60 + minutes);
}

function parseTime(s: string): { components: number[]; zone: number | undefined } {
  const components = [0, 0, 0, 0];
  let zone: number | undefined;
  let pos = 0;
  let comp = -1;
  if (s.length < 2) {
    throw new IsoError("ISO time too short");
  }
  let hasSep = false;
  while (pos < s.length && comp < 5) {
    comp++;
    if ("-+Zz".includes(s[pos] ?? "")) {
      zone = parseZone(s.slice(pos));
      pos = s.length;
      break;
    }
    if (comp === 1 && s[pos] === ":") {
      hasSep = true;
      pos++;
    } else if (comp === 2 && hasSep) {
      if (s[pos] !== ":") {
        throw new IsoError("Inconsistent use of colon separator");
      }
      pos++;
    }
    if (comp < 3) {
      components[comp] = pyInt(s.slice(pos, pos + 2));
      pos += 2;
    }
    if (comp === 3) {
      const fraction = /^[.,]([0-9]+)/.exec(s.slice(pos));
      if (!fraction) {
        continue;
      }
      const digits = (fraction[1] ?? "").slice(0, 6);
      components[3] = Number(digits) * 10 ** (6 - digits.length);
      pos += fraction[0].length;
    }
  }
  if (pos < s.length) {
    throw new IsoError("Unused components in ISO string");
  }
  if (components[0] === 24 && components.slice(1).some((c) => c !== 0)) {
    throw new IsoError("Hour may only be 24 at 24:00:00.000");
  }
  return { components, zone };
}

/** Why the reference refuses `value` as a timestamp (its ValueError's text), or undefined when it reads it. */
export function isoparseProblem(value: string): string | undefined {
  try {
    if ([...value].some((c) => c.charCodeAt(0) > 0x7f)) {
      throw new IsoError("ISO-8601 strings should contain only ASCII characters");
    }
    let date: [number[], number];
    try {
      date = parseDateCommon(value);
    } catch (error) {
      if (!(error instanceof IsoError)) {
        throw error;
      }
      date = parseDateUncommon(value);
    }
    const [[year = 1, month = 1, day = 1], pos] = date;
    let zone: number | undefined;
    let hour = 0;
    let minute = 0;
    if (value.length > pos) {
      const time = parseTime(value.slice(pos + 1));
      [hour = 0, minute = 0] = time.components;
      const [, , second = 0, micro = 0] = time.components;
      zone = time.zone;
      checkDate(year, month, day);
      if (hour > 24 || hour < 0) {
        throw new IsoError("hour must be in 0..23");
      }
      if (minute < 0 || minute > 59) {
        throw new IsoError("minute must be in 0..59");
      }
      if (second < 0 || second > 59) {
        throw new IsoError("second must be in 0..59");
      }
      if (micro < 0 || micro > 999999) {
        throw new IsoError("microsecond must be in 0..999999");
      }
    } else {
      checkDate(year, month, day);
    }
    // `.astimezone(UTC)`: a naive time is local (UTC here, as on the reference's machines); on its first day the
    // conversion steps before year 1
    if (zone === undefined && year === 1 && month === 1 && day === 1 && hour !== 24) {
      throw new IsoError("year 0 is out of range");
    }
    return undefined;
  } catch (error) {
    if (error instanceof IsoError) {
      return error.message;
    }
    throw error;
  }
}
