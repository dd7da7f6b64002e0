// Strings as Python holds them when its YAML loader (ruyaml) read `\ud83e\udd88` in a double-quoted scalar: two lone
// surrogates, two code points, where a JavaScript string would pair the two units into one character. The loader
// (load/yaml-full.ts) writes each such escape as two lone LOW surrogates instead, which nothing pairs: a marker
// (U+DFFE for a high surrogate, U+DFFF for a low one) and U+DC00 plus the surrogate's low 10 bits. The string stays
// ill-formed (pydantic refuses it where it reads strings as text) and Python's code points can be told back, for
// repr() and str() in messages. Browser-safe.

const HIGH_MARKER = 0xdffe;
const LOW_MARKER = 0xdfff;

/** The escape text (`\udffe\udc3e`) the loader writes for a surrogate escape of `code` (0xd800-0xdfff). */
export function surrogateEscapeText(code: number): string {
  const marker = code < 0xdc00 ? HIGH_MARKER : LOW_MARKER;
  return `\\u${marker.toString(16)}\\u${(0xdc00 + (code & 0x3ff)).toString(16)}`;
}

const MARKED = /[\udffe\udfff][\udc00-\udfff]/;

/** The characters of `value` as Python's code points: a surrogate the loader marked is one lone surrogate. */
export function* pyChars(value: string): Generator<string> {
  if (!MARKED.test(value)) {
    yield* value;
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if ((unit === HIGH_MARKER || unit === LOW_MARKER) && next >= 0xdc00 && next <= 0xdfff) {
      yield String.fromCharCode((unit === HIGH_MARKER ? 0xd800 : 0xdc00) + (next & 0x3ff));
      i++;
    } else if (unit >= 0xd800 && unit < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
      yield value.slice(i, i + 2);
      i++;
    } else {
      yield value[i] ?? "";
    }
  }
}

/** The text Python holds (str()): marked surrogates as the lone surrogates they are. */
export function pyText(value: string): string {
  return MARKED.test(value) ? [...pyChars(value)].join("") : value;
}

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether the string is not well-formed UTF-16 (a lone surrogate, marked or not): Python holds no such text. */
export function hasLoneSurrogate(value: string): boolean {
  return LONE.test(value);
}

/** pydantic-core's words for such a string where it reads strings as text. */
export const STRING_UNICODE_MESSAGE = "Input should be a valid string, unable to parse raw data as a unicode string";

/**
 * A Python exception's message as pydantic reports it: a message holding a lone surrogate (an f-string of such a
 * value) cannot be encoded as UTF-8, and pydantic-core reports that UnicodeEncodeError's words instead, with the
 * position (in code points) of the first run of surrogates. undefined when the message encodes.
 */
export function unencodableMessage(message: string): string | undefined {
  if (!LONE.test(message)) {
    return undefined;
  }
  // (the code points of the marked text: a marked high and low surrogate stay two, as in Python)
  const chars = [...pyChars(message)];
  const isLone = (char: string | undefined): boolean => char !== undefined && char.length === 1 && LONE.test(char);
  const start = chars.findIndex(isLone);
  let end = start;
  while (isLone(chars[end + 1])) {
    end++;
  }
  const hex = (chars[start] ?? "").charCodeAt(0).toString(16);
  return start === end
    ? `'utf-8' codec can't encode character '\\u${hex}' in position ${start}: surrogates not allowed`
    : `'utf-8' codec can't encode characters in position ${start}-${end}: surrogates not allowed`;
}

/** The text as Rust's lossy UTF-8 reads Python's (pydantic-core's messages): each lone surrogate three U+FFFD. */
export function pyLossyText(value: string): string {
  if (!LONE.test(value)) {
    return value;
  }
  let out = "";
  for (const char of pyChars(value)) {
    out += char.length === 1 && LONE.test(char) ? "\ufffd\ufffd\ufffd" : char;
  }
  return out;
}
