// Text from a stranger's file (keys, values, file and entry names) reaches the terminal inside messages: control
// characters are escaped so that it can neither move the cursor, recolour nor rewrite earlier lines; bidirectional
// overrides so that it cannot reorder what is shown; line and paragraph separators (a new line to some viewers and
// log collectors) and invisible characters (zero-width spaces and joiners, direction marks, word joiners, a BOM)
// so that `k\u200bey` is not shown as `key`. Browser-safe.

// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const UNPRINTABLE_KEEP_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function escape(ch: string): string {
  return ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `text` with control characters escaped; line breaks too unless `keepLines` (one line per message). */
export function printable(text: string, keepLines = false): string {
  return text.replace(keepLines ? UNPRINTABLE_KEEP_LINES : UNPRINTABLE, escape);
}
