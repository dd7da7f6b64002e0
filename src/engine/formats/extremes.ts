// The minimum and maximum of an array's elements as numpy's min/max give them: NaN when any element is NaN.
// One accumulator for every decoder (npy, TIFF), fed element by element while the data streams past.
export class Extremes {
  private low = Number.POSITIVE_INFINITY;
  private high = Number.NEGATIVE_INFINITY;
  private nan = false;
  private count = 0;

  add(value: number): void {
    if (value < this.low) {
      this.low = value;
    }
    if (value > this.high) {
      this.high = value;
    }
    if (value !== value) {
      this.nan = true;
    }
    this.count++;
  }

  /** undefined for no element. */
  get min(): number | undefined {
    return this.count === 0 ? undefined : this.nan ? Number.NaN : this.low;
  }

  get max(): number | undefined {
    return this.count === 0 ? undefined : this.nan ? Number.NaN : this.high;
  }
}
