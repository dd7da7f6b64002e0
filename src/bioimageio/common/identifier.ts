// Python identifiers as the reference's Python (3.11, Unicode 14.0) tells them: JavaScript's \p{XID_Start} and
// \p{XID_Continue} follow the runtime's Unicode version (17.0 in Node 20.20), which knows more characters.

/** The XID_Continue characters (XID_Start ones among them) of Unicode 15.0 to 17.0 that Python 3.11 does not know. */
export const XID_NEWER_THAN_PYTHON_3_11 =
  "\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}";

/** `str.isidentifier()` of Python 3.11 (the schemas' `Identifier` pattern). */
// eslint-disable-next-line no-misleading-character-class -- ZWNJ and ZWJ are in the class on their own, as code points
export const PYTHON_IDENTIFIER = new RegExp(`^(?!.*[${XID_NEWER_THAN_PYTHON_3_11}])[\\p{XID_Start}_]\\p{XID_Continue}*$`, "u");

const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

/** Why a string is not the reference's `Identifier` (`NotEmpty[str]`, a Python identifier, not a keyword), or undefined. */
export function identifierProblem(name: string): string | undefined {
  if (name === "") {
    return "String should have at least 1 character"; // its NotEmpty[str], checked before the validators
  }
  if (!PYTHON_IDENTIFIER.test(name)) {
    return `Value error, '${name}' is not a valid (Python) identifier, see https://docs.python.org/3/reference/lexical_analysis.html#identifiers for details.`;
  }
  return KEYWORDS.has(name) ? `Value error, '${name}' is a Python keyword and not allowed here.` : undefined;
}
