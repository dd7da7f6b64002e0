// Offsets in a text as 1-based line and column. The line starts are found once per text, so that locating every
// issue of a large document stays linear. Browser-safe.

export class LinePositions {
  /** The offset where each line starts. */
  readonly starts: readonly number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
      starts.push(i + 1);
    }
    this.starts = starts;
  }

  at(offset: number): { line: number; col: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return { line: low + 1, col: offset - (this.starts[low] as number) + 1 };
  }
}
