// Email addresses as pydantic's `EmailStr` checks them: its own "Name <address>" form and length limit, then
// email-validator 2.3 (`validate_email(..., check_deliverability=False)`, the version the reference runs) with its
// words. Internationalized domains go through the URL parser's IDNA mapping, close to the `idna` package's.
// Browser-safe.
import { hasLoneSurrogate } from "../py-surrogates.js";
import { compareCodePoints, PY_WHITESPACE, pyRepr } from "../python-repr.js";

class EmailSyntaxError extends Error {}

const fail = (reason: string): never => {
  throw new EmailSyntaxError(reason);
};

const MAX_EMAIL_LENGTH = 2048;
const EMAIL_MAX_LENGTH = 254;
const DOMAIN_MAX_LENGTH = 253;
const DNS_LABEL_LENGTH_LIMIT = 63;

const ATEXT = "a-zA-Z0-9_!#$%&'*+\\-/=?^`{|}~";
const ATEXT_RE = new RegExp(`^[.${ATEXT}]$`);
const DOT_ATOM_TEXT = new RegExp(`^[${ATEXT}]+(?:\\.[${ATEXT}]+)*$`);
const ATEXT_INTL = `${ATEXT}\\u{80}-\\u{10FFFF}`;
const ATEXT_INTL_DOT_RE = new RegExp(`^[.${ATEXT_INTL}]$`, "u");
const DOT_ATOM_TEXT_INTL = new RegExp(`^[${ATEXT_INTL}]+(?:\\.[${ATEXT_INTL}]+)*$`, "u");
const ATEXT_HOSTNAME_INTL = /^[a-zA-Z0-9\-.\u{80}-\u{10FFFF}]$/u;
const HOSTNAME_LABEL = "(?:(?:[a-zA-Z0-9][a-zA-Z0-9\\-]*)?[a-zA-Z0-9])";
const DOT_ATOM_TEXT_HOSTNAME = new RegExp(`^${HOSTNAME_LABEL}(?:\\.${HOSTNAME_LABEL})*$`);
const QTEXT_INTL = /^[\u0020-\u007E\u{80}-\u{10FFFF}]$/u;
const SPECIAL_USE_DOMAIN_NAMES = ["arpa", "invalid", "local", "localhost", "onion", "test"];

// pydantic's "pretty" form: `Name <address>` or `"Name" <address>` (Python's `\w` and `\s` are Unicode-aware)
const NAME_CHARS = "[\\p{L}\\p{N}_!#$%&'*+\\-/=?^`{|}~]";
const SPACE = `[${PY_WHITESPACE}]`;
const PRETTY_EMAIL = new RegExp(
  `^${SPACE}*(?:((?:${NAME_CHARS}+${SPACE}+)*${NAME_CHARS}+)|"((?:[^"]|")+)")?${SPACE}*<(.+)>${SPACE}*$`,
  "su",
);
const STRIP = new RegExp(`^${SPACE}+|${SPACE}+$`, "g");

const chars = (text: string): string[] => [...text];
const isAscii = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);

/** `safe_character_display`: a character as email-validator names it in a message. */
function display(c: string): string {
  if (c === "\\") {
    return `"${c}"`;
  }
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c)) {
    return pyRepr(c);
  }
  const code = c.codePointAt(0) ?? 0;
  // (Python would give the character's Unicode name; these are the ones an address is likely to hold)
  const named: Readonly<Record<number, string>> = { 0x20: "SPACE", 0xa0: "NO-BREAK SPACE", 0x200b: "ZERO WIDTH SPACE" };
  return (
    named[code] ??
    `U+${code
      .toString(16)
      .toUpperCase()
      .padStart(code < 0xffff ? 4 : 8, "0")}`
  );
}

/** The characters failing `ok`, displayed, deduplicated and sorted as Python sorts their displays. */
function badChars(text: string, ok: (c: string) => boolean): string | undefined {
  const bad = [
    ...new Set(
      chars(text)
        .filter((c) => !ok(c))
        .map(display),
    ),
  ].sort(compareCodePoints);
  return bad.length === 0 ? undefined : bad.join(", ");
}

function checkUnsafeChars(text: string, allowSpace = false): void {
  const bad = new Set<string>();
  chars(text).forEach((c, i) => {
    if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c)) {
      return;
    }
    if (/^\p{M}$/u.test(c)) {
      if (i === 0) {
        bad.add(c);
      }
    } else if (!(allowSpace && /^\p{Zs}$/u.test(c))) {
      bad.add(c);
    }
  });
  if (bad.size > 0) {
    fail(`The email address contains unsafe characters: ${[...bad].sort(compareCodePoints).map(display).join(", ")}.`);
  }
}

function checkDotAtom(label: string, start: string, end: string, isHostname: boolean): void {
  if (label.endsWith(".")) {
    fail(end.replace("{}", "period"));
  }
  if (label.startsWith(".")) {
    fail(start.replace("{}", "period"));
  }
  if (label.includes("..")) {
    fail("An email address cannot have two periods in a row.");
  }
  if (isHostname) {
    if (label.endsWith("-")) {
      fail(end.replace("{}", "hyphen"));
    }
    if (label.startsWith("-")) {
      fail(start.replace("{}", "hyphen"));
    }
    if (label.includes(".-") || label.includes("-.")) {
      fail("An email address cannot have a period and a hyphen next to each other.");
    }
  }
}

/** `split_string_at_unquoted_special`: the text before the first unquoted special, and the rest. */
function splitAtUnquoted(text: string, specials: readonly string[]): [string, string] {
  let insideQuote = false;
  let escaped = false;
  let left = "";
  const all = chars(text);
  const ascii = isAscii(text);
  for (const [i, c] of all.entries()) {
    // a character that Unicode normalization would combine with the next is never special
    if (!ascii && chars(all.slice(i).join("").normalize("NFC"))[0] !== c) {
      left += c;
    } else if (insideQuote) {
      left += c;
      if (c === "\\" && !escaped) {
        escaped = true;
      } else {
        if (c === '"' && !escaped) {
          insideQuote = false;
        }
        escaped = false;
      }
    } else if (c === '"') {
      left += c;
      insideQuote = true;
    } else if (specials.includes(c)) {
      break;
    } else {
      left += c;
    }
  }
  if (left.length === text.length) {
    if (text.includes("\uff20")) {
      fail('The email address has the "full-width" at-sign (@) character instead of a regular at-sign.');
    }
    if (text.includes("\ufe6b")) {
      fail('The email address has the "small commercial at" character instead of a regular at-sign.');
    }
    fail("An email address must have an @-sign.");
  }
  return [left, text.slice(left.length)];
}

function unquote(text: string): [string, boolean] {
  let quoted = false;
  let escaped = false;
  let value = "";
  const all = chars(text);
  for (const [i, c] of all.entries()) {
    if (quoted) {
      if (escaped) {
        value += c;
        escaped = false;
      } else if (c === "\\") {
        escaped = true;
      } else if (c === '"') {
        if (i !== all.length - 1) {
          fail(
            `Extra character(s) found after close quote: ${all
              .slice(i + 1)
              .map(display)
              .join(", ")}`,
          );
        }
        break;
      } else {
        value += c;
      }
    } else if (i === 0 && c === '"') {
      quoted = true;
    } else {
      value += c;
    }
  }
  return [value, quoted];
}

function splitEmail(email: string): { displayName: string | undefined; local: string; domain: string; quoted: boolean } {
  const [left, right] = splitAtUnquoted(email, ["@", "<"]);
  let displayName: string | undefined;
  let localPart = left;
  let domainPart = right;
  if (right.startsWith("<")) {
    const [name, nameQuoted] = unquote(left.replace(/\s+$/u, ""));
    if (!nameQuoted) {
      const bad = badChars(name, (c) => (ATEXT_RE.test(c) || c === " ") && c !== ".");
      if (bad !== undefined) {
        fail(`The display name contains invalid characters when not quoted: ${bad}.`);
      }
    }
    checkUnsafeChars(name, true);
    if (!right.includes(">")) {
      fail("An open angle bracket at the start of the email address has to be followed by a close angle bracket at the end.");
    }
    const trimmed = right.replace(/ +$/, "");
    if (!trimmed.endsWith(">")) {
      fail("There can't be anything after the email address.");
    }
    displayName = name;
    [localPart, domainPart] = splitAtUnquoted(trimmed.slice(1).replace(/>+$/, ""), ["@"]);
  }
  const [local, quoted] = unquote(localPart);
  return { displayName, local, domain: domainPart.startsWith("@") ? domainPart.slice(1) : domainPart, quoted };
}

function validateLocalPart(local: string, quoted: boolean): string {
  if (local.length === 0) {
    fail("There must be something before the @-sign.");
  }
  if (DOT_ATOM_TEXT.test(local)) {
    return local;
  }
  let valid: "dot-atom" | "quoted" | undefined;
  if (DOT_ATOM_TEXT_INTL.test(local)) {
    valid = "dot-atom";
  } else if (quoted) {
    const bad = badChars(local, (c) => QTEXT_INTL.test(c));
    if (bad !== undefined) {
      fail(`The email address contains invalid characters in quotes before the @-sign: ${bad}.`);
    }
    valid = "quoted";
  }
  if (valid !== undefined) {
    checkUnsafeChars(local, valid === "quoted");
    if (hasLoneSurrogate(local)) {
      fail("The email address contains an invalid character.");
    }
    return valid === "quoted" ? `"${local.replace(/(["\\])/g, "\\$1")}"` : local;
  }
  const bad = badChars(local, (c) => ATEXT_INTL_DOT_RE.test(c));
  if (bad !== undefined) {
    fail(`The email address contains invalid characters before the @-sign: ${bad}.`);
  }
  checkDotAtom(
    local,
    "An email address cannot start with a {}.",
    "An email address cannot have a {} immediately before the @-sign.",
    false,
  );
  return fail("The email address contains invalid characters before the @-sign.");
}

/** `uts46_valid_char`. */
function uts46Valid(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x80 && code <= 0x9f) {
    return false;
  }
  if (
    (code >= 0x2010 && code <= 0x2060 && !(code >= 0x2024 && code <= 0x2026) && !(code >= 0x2028 && code <= 0x202e)) ||
    code === 0xad ||
    code === 0x2064 ||
    code === 0xff0e ||
    (code >= 0x200b && code <= 0x200d) ||
    (code >= 0x1bca0 && code <= 0x1bca3)
  ) {
    return true;
  }
  // (and not a character whose decomposition holds a full stop, e.g. U+2024: NFKD tells)
  return !/^[\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{Zs}\p{Zl}\p{Zp}]$/u.test(c) && (c.normalize("NFKD") === c || !c.normalize("NFKD").includes("."));
}

const tooMany = (n: number, unit = "character"): string => `(${n} ${unit}${n > 1 ? "s" : ""} too many)`;

function validateDomainName(domain: string): string {
  const invalid = (ok: (c: string) => boolean, what = "The part after the @-sign contains invalid characters") => {
    const bad = badChars(domain, ok);
    if (bad !== undefined) {
      fail(`${what}: ${bad}.`);
    }
  };
  invalid((c) => ATEXT_HOSTNAME_INTL.test(c));
  checkUnsafeChars(domain);
  invalid(uts46Valid);
  // UTS 46 mapping (idna.uts46_remap): case folding and compatibility forms
  const mapped = isAscii(domain) ? domain.toLowerCase() : domain.normalize("NFKC").toLowerCase();
  const badMapped = badChars(mapped, (c) => ATEXT_HOSTNAME_INTL.test(c));
  if (badMapped !== undefined) {
    fail(`The part after the @-sign contains invalid characters after Unicode normalization: ${badMapped}.`);
  }
  checkDotAtom(mapped, "An email address cannot have a {} immediately after the @-sign.", "An email address cannot end with a {}.", true);
  for (const label of mapped.split(".")) {
    if (/^(?!xn)..--/i.test(label)) {
      fail(
        "An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.",
      );
    }
  }
  let ascii = mapped;
  if (!DOT_ATOM_TEXT_HOSTNAME.test(mapped)) {
    try {
      ascii = new URL(`http://${mapped}/`).hostname;
    } catch {
      fail("The email address contains invalid characters after the @-sign after IDNA encoding.");
    }
    if (!DOT_ATOM_TEXT_HOSTNAME.test(ascii)) {
      fail("The email address contains invalid characters after the @-sign after IDNA encoding.");
    }
  }
  if (ascii.length > DOMAIN_MAX_LENGTH) {
    const diff = ascii.length - DOMAIN_MAX_LENGTH;
    fail(
      ascii === domain
        ? `The email address is too long after the @-sign ${tooMany(diff)}.`
        : `The email address is too long after the @-sign (${diff} byte${diff === 1 ? "" : "s"} too many after IDNA encoding).`,
    );
  }
  for (const label of ascii.split(".")) {
    if (label.length > DNS_LABEL_LENGTH_LIMIT) {
      fail(`After the @-sign, periods cannot be separated by so many characters ${tooMany(label.length - DNS_LABEL_LENGTH_LIMIT)}.`);
    }
  }
  if (!ascii.includes(".")) {
    fail("The part after the @-sign is not valid. It should have a period.");
  }
  if (!/[A-Za-z]$/.test(ascii)) {
    fail("The part after the @-sign is not valid. It is not within a valid top-level domain.");
  }
  if (SPECIAL_USE_DOMAIN_NAMES.some((d) => ascii === d || ascii.endsWith(`.${d}`))) {
    fail("The part after the @-sign is a special-use or reserved name that cannot be used with email.");
  }
  return mapped;
}

function checkLength(address: string): void {
  const length = chars(address).length;
  const bytes = new TextEncoder().encode(address).length;
  const diff = bytes - EMAIL_MAX_LENGTH;
  if (diff <= 0) {
    return;
  }
  if (length === bytes) {
    fail(`The email address is too long ${tooMany(diff)}.`);
  }
  const widest = Math.max(...chars(address).map((c) => new TextEncoder().encode(c).length));
  const least = Math.max(1, Math.floor(diff / widest));
  fail(`The email address is too long (${least === diff ? "" : `${least}-`}${diff} character${diff > 1 ? "s" : ""} too many).`);
}

/** email-validator's `validate_email` (deliverability unchecked, its default options). */
function validateEmail(email: string): void {
  const { displayName, local, domain, quoted } = splitEmail(email);
  let localPart = validateLocalPart(local, quoted);
  const normalized = localPart.normalize("NFC");
  if (normalized !== localPart) {
    try {
      validateLocalPart(normalized, quoted);
    } catch (error) {
      fail(`After Unicode normalization: ${(error as Error).message}`);
    }
    localPart = normalized;
  }
  if (quoted) {
    fail("Quoting the part before the @-sign is not allowed here.");
  }
  if (domain.length === 0) {
    fail("There must be something after the @-sign.");
  }
  if (domain.startsWith("[") && domain.endsWith("]")) {
    fail("A bracketed IP address after the @-sign is not allowed here.");
  }
  validateDomainName(domain);
  checkLength(`${local}@${domain}`);
  if (displayName !== undefined) {
    fail("A display name and angle brackets around the email address are not permitted here.");
  }
}

/**
 * Why pydantic refuses `value` as an email address (the reason it appends to "value is not a valid email
 * address: "), or undefined when it takes it.
 */
export function emailProblem(value: string): string | undefined {
  if (chars(value).length > MAX_EMAIL_LENGTH) {
    return `Length must not exceed ${MAX_EMAIL_LENGTH} characters`;
  }
  const pretty = PRETTY_EMAIL.exec(value);
  const address = (pretty ? (pretty[3] ?? "") : value).replace(STRIP, "");
  try {
    validateEmail(address);
    return undefined;
  } catch (error) {
    if (error instanceof EmailSyntaxError) {
      return error.message;
    }
    throw error;
  }
}
