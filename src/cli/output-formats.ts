// `validate --format`: a module of its own, read by the argument readers at start-up and by the validate command,
// rather than in output.ts, which a `validate` line loads only when it needs it.
export const OUTPUT_FORMATS = ["text", "json", "github"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
