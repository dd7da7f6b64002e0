// The error of a file that is not well-formed (YAML, JSON, NDJSON, CSV), with the position of the first problem.
export class ParseError extends Error {
  readonly fileName: string;
  readonly line: number;
  readonly col: number;
  readonly reason: string;
  constructor(fileName: string, line: number, col: number, reason: string) {
    super(`${fileName}:${line}:${col}: ${reason}`);
    this.name = "ParseError";
    this.fileName = fileName;
    this.line = line;
    this.col = col;
    this.reason = reason;
  }
}
