// Reading a description file from disk (Node only).
import { readFile } from "node:fs/promises";
import { type ParsedSource, parseSource } from "../load/parse.js";

/** An input that could not be read at all (missing, a directory, not UTF-8 text). */
export class ReadError extends Error {
  readonly fileName: string;
  readonly reason: string;
  constructor(fileName: string, reason: string) {
    super(`${fileName}: ${reason}`);
    this.name = "ReadError";
    this.fileName = fileName;
    this.reason = reason;
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true });

export async function readSourceFile(path: string): Promise<ParsedSource> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new ReadError(path, reason);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ReadError(path, "not UTF-8 text");
  }
  return parseSource(text, path);
}
