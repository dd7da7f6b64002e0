// URLs as pydantic reads them: its parser is the `url` crate, which follows the WHATWG URL Standard, as
/* eslint-disable no-control-regex -- the URL Standard strips and refuses control characters: that is what these patterns are about */
// JavaScript's `URL` does. So validity is `URL`'s; the reason for a refusal is the crate's (`ParseError`), which
// `URL` does not give, worked out from the part of the URL that fails.

/** Schemes the URL Standard treats specially: they need a host, which is then a domain or an IP address. */
const SPECIAL_SCHEMES = new Set(["http", "https", "ws", "wss", "ftp", "file"]);
/** What the URL Standard drops before parsing: C0 controls and spaces at both ends, tabs and newlines anywhere. */
const TRIMMED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** Code points an opaque host (of a scheme that is not special) may not hold. */
const FORBIDDEN_HOST = /[\u0000\t\n\r #/:<>?@[\\\]^|]/;

/** The host and port of a URL with an authority, as the parser splits them (`undefined` port: none given). */
function authority(rest: string): { readonly host: string; readonly port: string | undefined } {
  const end = rest.search(/[/\\?#]/);
  const hostPort = (end < 0 ? rest : rest.slice(0, end)).slice(rest.lastIndexOf("@", end < 0 ? undefined : end) + 1);
  const colon = hostPort.startsWith("[") ? hostPort.indexOf(":", hostPort.indexOf("]")) : hostPort.lastIndexOf(":");
  return colon < 0 ? { host: hostPort, port: undefined } : { host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1) };
}

function isPort(port: string | undefined): boolean {
  return port === undefined || port === "" || (/^[0-9]+$/.test(port) && Number(port) <= 65535);
}

/** Whether the URL Standard reads a domain as an IPv4 address: its last label (or the one before a final dot) is a number. */
function endsInNumber(host: string): boolean {
  const labels = host.split(".");
  const last = labels[labels.length - 1] === "" && labels.length > 1 ? labels[labels.length - 2] : labels[labels.length - 1];
  return last !== undefined && (/^[0-9]+$/.test(last) || /^0[xX][0-9A-Fa-f]*$/.test(last));
}

/**
 * Why pydantic's URL parser refuses `value`, in its words ("empty host", "invalid port number", ...), or
 * undefined when it reads it (any scheme: an HttpUrl's scheme is checked after parsing).
 */
export function urlProblem(value: string): string | undefined {
  if (value === "") {
    return "input is empty";
  }
  const text = value.replace(TRIMMED, "").replace(TAB_OR_NEWLINE, "");
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return "relative URL without a base";
  }
  try {
    new URL(text);
    return undefined;
  } catch {
    // the reason below
  }
  const rest = text.slice(scheme.length + 1);
  if (!SPECIAL_SCHEMES.has(scheme)) {
    if (!rest.startsWith("//")) {
      return "relative URL without a base";
    }
    const { host, port } = authority(rest.slice(2));
    if (host.startsWith("[")) {
      return "invalid IPv6 address";
    }
    return !isPort(port) ? "invalid port number" : FORBIDDEN_HOST.test(host) ? "invalid domain character" : "relative URL without a base";
  }
  const { host, port } = authority(rest.replace(/^[/\\]*/, ""));
  if (host === "") {
    return "empty host";
  }
  if (host.startsWith("[")) {
    return "invalid IPv6 address";
  }
  if (!isPort(port)) {
    return "invalid port number";
  }
  return endsInNumber(host) ? "invalid IPv4 address" : "invalid international domain name";
}

/** pydantic's error for a string that is not an HttpUrl: the parser's refusal, or a scheme other than http(s). */
export function httpUrlWords(value: string): { readonly msg: string; readonly type: string } {
  const problem = urlProblem(value);
  if (problem !== undefined) {
    return { msg: `Input should be a valid URL, ${problem}`, type: "url_parsing" };
  }
  return { msg: "URL scheme should be 'http' or 'https'", type: "url_scheme" };
}

/** Whether pydantic's HttpUrl takes `value`: its parser reads it, with the http or https scheme. */
export function isHttpUrl(value: string): boolean {
  return /^[\u0000-\u0020]*https?:/i.test(value) && urlProblem(value) === undefined;
}
