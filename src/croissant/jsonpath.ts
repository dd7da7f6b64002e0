// JSONPath as mlcroissant checks it (jsonpath_rw 1.4, which it parses a field's `extract.jsonPath` with): the
// lexer's errors, in its words, which mlcroissant reports; and whether its parser accepts the tokens, which it
// does not catch (a Python exception: mlcroissant stops there). Browser-safe.

interface Token {
  readonly type: string;
  readonly value: string;
}

/** What jsonpath_rw's lexer raises (JsonPathLexerError). */
class LexerError extends Error {}
/** What jsonpath_rw's parser raises (a bare Exception, or an AttributeError at the end of the input). */
class ParserError extends Error {}

const LITERALS = new Set(["*", ".", "[", "]", "(", ")", "$", ",", ":", "|", "&"]);
const ID = /^[a-zA-Z_@][a-zA-Z0-9_@-]*/;
const NUMBER = /^-?\p{Nd}+/u;

/** jsonpath_rw's PLY lexer, one token at a time (it runs as the parser asks, so its error may come later). */
function* tokenize(text: string): Generator<Token> {
  let pos = 0;
  let line = 1;
  let latestNewline = 0;
  const where = () => `line ${line}, col ${pos - latestNewline}`;
  while (pos < text.length) {
    const rest = text.slice(pos);
    const char = rest[0] ?? "";
    const id = ID.exec(rest)?.[0];
    const number = id === undefined ? NUMBER.exec(rest)?.[0] : undefined;
    if (id !== undefined) {
      pos += id.length;
      yield { type: id === "where" ? "WHERE" : "ID", value: id };
    } else if (number !== undefined) {
      pos += number.length;
      yield { type: "NUMBER", value: number };
    } else if (char === "'" || char === '"' || char === "`") {
      const what = char === "'" ? "singlequoted field" : char === '"' ? "doublequoted field" : "backquoted operator";
      let value = "";
      pos += 1;
      for (;;) {
        const c = text[pos];
        if (c === undefined) {
          throw new LexerError("Unexpected EOF in string literal or identifier");
        }
        if (c === char) {
          pos += 1;
          break;
        }
        if (c === "\\") {
          const escaped = text[pos + 1];
          if (escaped === undefined || escaped === "\n") {
            throw new LexerError(`Error on ${where()} while lexing ${what}: Unexpected character: \\ `);
          }
          value += escaped;
          pos += 2;
        } else {
          value += c;
          pos += 1;
        }
      }
      yield { type: char === "`" ? "NAMED_OPERATOR" : "ID", value };
    } else if (char === "\n") {
      latestNewline = pos;
      line += 1;
      pos += 1;
    } else if (rest.startsWith("..")) {
      pos += 2;
      yield { type: "DOUBLEDOT", value: ".." };
    } else if (char === " " || char === "\t") {
      pos += 1;
    } else if (LITERALS.has(char)) {
      pos += 1;
      yield { type: char, value: char };
    } else {
      throw new LexerError(`Error on ${where()}: Unexpected character: ${String.fromCodePoint(rest.codePointAt(0) ?? 0)} `);
    }
  }
}

/** A recognizer of jsonpath_rw's grammar (its LALR parser accepts exactly these token sequences). */
class Recognizer {
  private next: Token | undefined;
  private pulled = false;
  private readonly tokens: Generator<Token>;

  constructor(text: string) {
    this.tokens = tokenize(text);
  }

  /** The next token, lexed only when the parser needs it (as PLY asks its lexer). */
  private peek(): string | undefined {
    if (!this.pulled) {
      const step = this.tokens.next();
      this.next = step.done ? undefined : step.value;
      this.pulled = true;
    }
    return this.next?.type;
  }

  private take(): Token {
    this.peek();
    const token = this.next;
    if (token === undefined) {
      throw new ParserError("the expression ends too early");
    }
    this.pulled = false;
    return token;
  }

  private expect(type: string): void {
    if (this.take().type !== type) {
      throw new ParserError(`expected ${type}`);
    }
  }

  jsonpath(): void {
    this.primary();
    for (;;) {
      const type = this.peek();
      if (type === "." || type === "DOUBLEDOT" || type === "WHERE" || type === "|" || type === "&") {
        this.take();
        this.primary();
      } else if (type === "[") {
        this.take();
        this.bracket();
      } else {
        return;
      }
    }
  }

  private primary(): void {
    const token = this.take();
    switch (token.type) {
      case "ID":
        this.moreFields();
        return;
      case "*":
      case "$":
        return;
      case "NAMED_OPERATOR":
        if (token.value !== "this" && token.value !== "parent") {
          throw new ParserError(`unknown named operator \`${token.value}\``);
        }
        return;
      case "[":
        this.bracket();
        return;
      case "(":
        this.jsonpath();
        this.expect(")");
        return;
      default:
        throw new ParserError(`unexpected ${token.type}`);
    }
  }

  private moreFields(): void {
    while (this.peek() === ",") {
      this.take();
      this.expect("ID");
    }
  }

  /** After `[`: an index, a slice or fields, then `]`. */
  private bracket(): void {
    const token = this.take();
    if (token.type === "NUMBER" || token.type === ":") {
      if (token.type === "NUMBER" && this.peek() !== ":") {
        this.expect("]");
        return;
      }
      if (token.type === "NUMBER") {
        this.take();
      }
      if (this.peek() === "NUMBER") {
        this.take();
      }
    } else if (token.type === "ID") {
      this.moreFields();
    } else if (token.type !== "*") {
      throw new ParserError(`unexpected ${token.type}`);
    }
    this.expect("]");
  }

  end(): void {
    const type = this.peek();
    if (type !== undefined) {
      throw new ParserError(`unexpected ${type}`);
    }
  }
}

/**
 * `jsonpath_rw.parse(text)` as mlcroissant sees it: `{ lexerError }` (reported as "Wrong JSONPath"),
 * `{ parserError }` (an exception mlcroissant does not catch), or `{}`.
 */
export function checkJsonPath(text: string): { lexerError?: string; parserError?: string } {
  try {
    const recognizer = new Recognizer(text);
    recognizer.jsonpath();
    recognizer.end();
    return {};
  } catch (error) {
    if (error instanceof LexerError) {
      return { lexerError: error.message };
    }
    if (error instanceof ParserError) {
      return { parserError: error.message };
    }
    throw error;
  }
}
