// The error of a copick operation that cannot proceed (unknown run, refused write, bad option, invalid export):
// its message says what and where, and the CLI prints it as one line.
export class CopickError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CopickError";
  }
}
