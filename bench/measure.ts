// Shared by the benchmark figures: one row per figure, a ratio to a baseline measured in the same run.
import { readFileSync } from "node:fs";

export interface BenchRow {
  readonly figure: string;
  readonly baseline: string;
  /** ours / baseline for times; the table says which way is better per figure */
  readonly ratio: number;
  readonly target?: string;
  readonly detail: string;
}

/** The median of some numbers (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median time per call in nanoseconds, over `rounds` rounds of `iterations` calls (after a warm-up round). */
export function measure(fn: () => unknown, iterations: number, rounds = 7): number {
  for (let i = 0; i < iterations; i++) {
    fn();
  }
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      fn();
    }
    times.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  return median(times);
}

/**
 * Median of `rounds` alternating measurements of two functions, so that a change of machine load hits both
 * alike; returns [a, b] in nanoseconds per call.
 */
export function measurePair(a: () => unknown, b: () => unknown, iterations: number, rounds = 9): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ta.push(measure(a, iterations, 1));
    tb.push(measure(b, iterations, 1));
  }
  return [median(ta), median(tb)];
}

export function micros(ns: number): string {
  return `${(ns / 1000).toFixed(1)} µs`;
}

/**
 * CPU seconds (user + system) of this process's waited-for children so far (Linux: /proc/self/stat, in clock
 * ticks of 1/100 s): on a shared machine a process's CPU time is steadier than its wall time.
 */
export function childrenCpu(): number {
  const fields = readFileSync("/proc/self/stat", "utf8")
    .replace(/^.*\) /s, "")
    .split(" ");
  // after the command's name: state is field 3, cutime 16 and cstime 17 (1-based, as proc(5) counts)
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
