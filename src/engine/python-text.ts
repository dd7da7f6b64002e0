// Python's idea of whitespace, where a reference's checks depend on it.

/**
 * The characters of Python's `str.isspace()` (what `str.strip()`, `str.split()` and `re`'s `\s` take for space),
 * as a character-class body. JavaScript's `\s` differs: it has \uFEFF and lacks \x1c-\x1f and \x85.
 */
export const PY_WHITESPACE = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
