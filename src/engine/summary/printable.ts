// Text from a stranger's file (keys, values, file and entry names) reaches the terminal inside messages: control
// characters are escaped so that it can neither move the cursor, recolour nor rewrite earlier lines, and
// bidirectional overrides so that it cannot reorder what is shown. Browser-safe.

// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const UNPRINTABLE_KEEP_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  return ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `text` with control characters escaped; line breaks too unless `keepLines` (one line per message). */
export function printable(text: string, keepLines = false): string {
  return text.replace(keepLines ? UNPRINTABLE_KEEP_LINES : UNPRINTABLE, escape);
}
