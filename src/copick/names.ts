// copick's sanitize_name (copick/util/escape.py): names, user ids and session ids become path parts, so
// Windows-invalid characters, control characters, whitespace and underscores (copick's file-name separator)
// are replaced by `-`, and leading/trailing `-` are stripped. Validators demand names that are already clean.

// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const INVALID = /[<>:"/\\|?*\u0000-\u001f\u007f\s_]/g;

/** The sanitised name, or undefined when nothing would be left (copick raises then). */
export function sanitizeName(input: string): string | undefined {
  const sanitized = input.replace(INVALID, "-").replace(/^-+|-+$/g, "");
  return sanitized === "" ? undefined : sanitized;
}

/** The reference's message for a value that is not clean, or undefined when it is. */
export function sanitizeNameError(value: string, what: string): string | undefined {
  const sanitized = sanitizeName(value);
  if (sanitized === undefined) {
    return "Value error, Filename cannot be empty or completely consist of invalid characters.";
  }
  return sanitized === value
    ? undefined
    : `Value error, ${what} '${value}' contains invalid characters. Use copick.escape.sanitize_name() to clean it.`;
}
