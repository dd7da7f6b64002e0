import { describe, expect, test } from "vitest";
import { httpUrlWords, isHttpUrl, urlProblem } from "../../../src/engine/validation/url.js";

// The reasons are bioimageio.spec 0.5.7.2's (pydantic 2.13), as recorded for covers of a model 0.5.
describe("urlProblem: pydantic's URL parser", () => {
  test("reads what the URL Standard reads: spaces and quotes in the path, any case, no `//`, IDNA hosts", () => {
    for (const url of [
      "https://example.com/a b.png",
      'https://example.com/a"b.png',
      "HTTPS://X.org/a.png",
      "http:x.org/a.png",
      "https:/x.png",
      " https://example.com/a.png",
      "https://ünï.org/x.png",
      "https://ex%41mple.org/a.png",
      "https://-x-.org/a.png",
      "https://ex_ample.org/a.png",
      "https://example.com/a\nb.png",
      "ftp://x.org/a.png",
    ]) {
      expect(urlProblem(url), url).toBeUndefined();
    }
  });

  test("says why it refuses the rest, in the url crate's words", () => {
    expect(urlProblem("")).toBe("input is empty");
    expect(urlProblem("/abs/path.png")).toBe("relative URL without a base");
    expect(urlProblem('http://##N|)Z#"')).toBe("empty host");
    expect(urlProblem("https://[::1/x.png")).toBe("invalid IPv6 address");
    expect(urlProblem("https://x.org:99999/a.png")).toBe("invalid port number");
    expect(urlProblem("https://1.2.3.256/a.png")).toBe("invalid IPv4 address");
    expect(urlProblem("https://bad host/x.png")).toBe("invalid international domain name");
    expect(urlProblem("https://exa<mple.org/a.png")).toBe("invalid international domain name");
    expect(urlProblem("https://xn--a.org/a.png")).toBe("invalid international domain name");
    expect(urlProblem("http://]")).toBe("invalid international domain name");
    expect(urlProblem("ttp:// }}y")).toBe("invalid domain character");
  });

  test("an HttpUrl is such a URL with the http(s) scheme", () => {
    expect(isHttpUrl("HTTPS://X.org/a.png")).toBe(true);
    expect(isHttpUrl("https:/x.png")).toBe(true);
    expect(isHttpUrl("ftp://x.org/a.png")).toBe(false);
    expect(isHttpUrl("https://bad host/")).toBe(false);
    expect(httpUrlWords("ftp://x.org/a.png")).toEqual({ msg: "URL scheme should be 'http' or 'https'", type: "url_scheme" });
    expect(httpUrlWords("https://x.org:99999/")).toEqual({ msg: "Input should be a valid URL, invalid port number", type: "url_parsing" });
  });
});
