// fractal-server's URL types: `HttpUrlStr` (pydantic v2, manifest version 2) and pydantic v1's `HttpUrl`
// (manifest version 1), with their error messages. Browser-safe: the WHATWG `URL` class parses as the Rust
// `url` crate pydantic-core uses; only the reason of a failure is reconstructed here, since `URL` gives none.
import { pyRepr } from "../engine/python-repr.js";
import { pydanticStrip, pyStrip } from "./python.js";

export interface UrlProblem {
  readonly msg: string;
  readonly type: string;
}

const MAX_LENGTH = 2083;
const SPECIAL_SCHEMES = new Set(["http", "https", "ws", "wss", "ftp", "file"]);
// WHATWG forbidden host code points (opaque hosts), and the domain code points idna's URL deny list adds:
// control characters are part of both lists.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_HOST = /[\u0000\t\n\r #/:<>?@[\\\]^|]/u;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_DOMAIN = /[\u0000-\u001f #%/:<>?@[\\\]^|\u007f]/u;

function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

/** Why the WHATWG parser rejects `input`, in the `url` crate's words (`ParseError`'s display). */
function parseFailure(input: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(input);
  if (!scheme) {
    return "relative URL without a base";
  }
  const special = SPECIAL_SCHEMES.has((scheme[1] ?? "").toLowerCase());
  let rest = input.slice(scheme[0].length);
  if (special) {
    rest = rest.replace(/^[/\\]*/, "");
  } else if (rest.startsWith("//")) {
    rest = rest.slice(2);
  } else {
    return "relative URL without a base";
  }
  const authority = rest.split(special ? /[/\\?#]/ : /[/?#]/)[0] ?? "";
  const hostAndPort = authority.slice(authority.lastIndexOf("@") + 1);
  const bracketed = hostAndPort.startsWith("[");
  const portAt = bracketed ? hostAndPort.indexOf(":", hostAndPort.indexOf("]") + 1) : hostAndPort.indexOf(":");
  const host = portAt < 0 ? hostAndPort : hostAndPort.slice(0, portAt);
  const port = portAt < 0 ? "" : hostAndPort.slice(portAt + 1);
  if (host === "" && (special || portAt >= 0)) {
    return "empty host";
  }
  if (bracketed) {
    return "invalid IPv6 address";
  }
  if (!special) {
    return FORBIDDEN_HOST.test(host) ? "invalid domain character" : "invalid port number";
  }
  if (FORBIDDEN_DOMAIN.test(decodeURIComponentSafe(host))) {
    return "invalid international domain name";
  }
  if (/(^|\.)(\d+|0x[0-9a-f]*)\.?$/i.test(host)) {
    return "invalid IPv4 address";
  }
  if (port !== "" && !(/^\d+$/.test(port) && Number(port) <= 65535)) {
    return "invalid port number";
  }
  return "invalid international domain name";
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * fractal-server's `HttpUrlStr`: stripped (`NonEmptyStr`), at least one character, then pydantic's `HttpUrl`
 * on the stripped text (at most 2083 bytes, a URL, scheme http or https). The stored value is the stripped text.
 */
export function checkHttpUrlStr(raw: string): { readonly stored: string; readonly problem?: UrlProblem } {
  const stored = pydanticStrip(raw);
  if (stored === "") {
    return { stored, problem: { msg: "String should have at least 1 character", type: "string_too_short" } };
  }
  if (utf8Length(stored) > MAX_LENGTH) {
    return { stored, problem: { msg: `URL should have at most ${MAX_LENGTH} characters`, type: "url_too_long" } };
  }
  const url = parsedUrl(stored);
  if (!url) {
    return { stored, problem: { msg: `Input should be a valid URL, ${parseFailure(stored)}`, type: "url_parsing" } };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { stored, problem: { msg: "URL scheme should be 'http' or 'https'", type: "url_scheme" } };
  }
  return { stored };
}

// pydantic v1's URL regex (pydantic/v1/networks.py), anchored at the start as `re.match` is.
const V1_URL = new RegExp(
  "^(?:(?<scheme>[a-z][a-z0-9+\\-.]+)://)?" +
    "(?:(?<user>[^\\s:/]*)(?::(?<password>[^\\s/]*))?@)?" +
    "(?:(?<ipv4>(?:\\d{1,3}\\.){3}\\d{1,3})(?=$|[/:#?])|(?<ipv6>\\[[A-F0-9]*:[A-F0-9:]+\\])(?=$|[/:#?])|(?<domain>[^\\s/:?#]+))?" +
    "(?::(?<port>\\d+))?" +
    "(?<path>/[^\\s?#]*)?" +
    "(?:\\?(?<query>[^\\s#]*))?" +
    "(?:#(?<fragment>[^\\s#]*))?",
  "iu",
);
const V1_ASCII_DOMAIN =
  /^(?:[_0-9a-z](?:[-_0-9a-z]{0,61}[_0-9a-z])?\.)*?[_0-9a-z](?:[-_0-9a-z]{0,61}[_0-9a-z])?(?<tld>\.[a-z]{2,63})?\.?$/iu;
// `[^\W\d_]` in Python is a letter (or a non-decimal numeric character).
const V1_INT_DOMAIN =
  /^(?:[_0-9a-\u{40000}](?:[-_0-9a-\u{40000}]{0,61}[_0-9a-\u{40000}])?\.)*?[_0-9a-\u{40000}](?:[-_0-9a-\u{40000}]{0,61}[_0-9a-\u{40000}])?(?<tld>(\.[\p{L}\p{Nl}\p{No}]{2,63})|(\.(?:xn--)[_0-9a-z-]{2,63}))?\.?$/iu;

function v1Problem(msg: string, code: string): UrlProblem {
  return { msg, type: `value_error.${code}` };
}

/**
 * pydantic v1's `HttpUrl` (fractal-server up to 2.11, manifest version 1): stripped, 1 to 2083 characters,
 * matched by its URL regex, scheme http or https, port at most 65535, nothing after the URL, a host with a
 * top-level domain. Messages and error types as pydantic v1 reports them.
 */
export function checkHttpUrlV1(raw: string): UrlProblem | undefined {
  const url = pyStrip(raw);
  const length = [...url].length; // Python counts code points
  if (length < 1) {
    return v1Problem("ensure this value has at least 1 characters", "any_str.min_length");
  }
  if (length > MAX_LENGTH) {
    return v1Problem(`ensure this value has at most ${MAX_LENGTH} characters`, "any_str.max_length");
  }
  const match = V1_URL.exec(url);
  const parts = match?.groups ?? {};
  if (parts.scheme === undefined) {
    return v1Problem("invalid or missing URL scheme", "url.scheme");
  }
  if (!["http", "https"].includes(parts.scheme.toLowerCase())) {
    return v1Problem("URL scheme not permitted", "url.scheme");
  }
  if (parts.port !== undefined && Number(parts.port) > 65_535) {
    return v1Problem("URL port invalid, port cannot exceed 65535", "url.port");
  }
  const end = match?.[0].length ?? 0;
  if (end !== url.length) {
    return v1Problem(`URL invalid, extra characters found after valid URL: ${pyRepr(url.slice(end))}`, "url.extra");
  }
  const host = parts.domain || parts.ipv4 || parts.ipv6;
  if (!host) {
    return v1Problem("URL host invalid", "url.host");
  }
  if (parts.domain === host) {
    const ascii = V1_ASCII_DOMAIN.exec(host);
    const international = ascii ? undefined : V1_INT_DOMAIN.exec(host);
    if (!ascii && !international) {
      return v1Problem("URL host invalid", "url.host");
    }
    // An ASCII domain without a top-level domain gets a second chance as an international one.
    const tld = ascii?.groups?.tld ?? (international ?? V1_INT_DOMAIN.exec(host))?.groups?.tld;
    if (tld === undefined) {
      return v1Problem("URL host invalid, top level domain required", "url.host");
    }
  }
  return undefined;
}

function isAscii(text: string): boolean {
  return [...text].every((c) => c.charCodeAt(0) < 0x80);
}

/** A non-ASCII domain label as Python's `idna` codec writes it (ASCII labels are kept as they are). */
function idnaLabel(label: string): string {
  return isAscii(label) ? label : new URL(`http://${label}`).hostname;
}

/**
 * The string pydantic v1 keeps for a valid `HttpUrl`: the stripped text, or, for an international domain, the URL
 * rebuilt with the domain in punycode (and without a default port).
 */
export function storedHttpUrlV1(raw: string): string {
  const url = pyStrip(raw);
  const parts = V1_URL.exec(url)?.groups ?? {};
  const domain = parts.domain;
  if (domain === undefined || isAscii(domain)) {
    return url;
  }
  const scheme = parts.scheme ?? "";
  const defaultPort = scheme === "http" ? "80" : "443";
  const userInfo = parts.user || parts.password ? `${parts.user ?? ""}${parts.password ? `:${parts.password}` : ""}@` : "";
  const port = parts.port !== undefined && parts.port !== defaultPort ? `:${parts.port}` : "";
  const host = domain.split(".").map(idnaLabel).join(".");
  const query = parts.query ? `?${parts.query}` : "";
  const fragment = parts.fragment ? `#${parts.fragment}` : "";
  return `${scheme}://${userInfo}${host}${port}${parts.path ?? ""}${query}${fragment}`;
}
