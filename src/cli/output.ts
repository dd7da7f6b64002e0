// What the commands print, in one place: colour (on a terminal, as NO_COLOR and FORCE_COLOR say), the output
// formats of `validate` (compiler-style text, JSON, GitHub annotations) and the total line, the summary files
// (`--summary`: Markdown, JSON, HTML) and progress lines (a terminal only, never in pipes, logs or CI).
import { extname } from "node:path";
import { writeFileAtomic } from "../engine/node/atomic-write.js";
import { printable } from "../engine/summary/printable.js";
import type { ValidationSummary } from "../engine/summary/summary.js";
import { formatHtml } from "../engine/summary/format-html.js";
import { severityName, type SourcePosition } from "../engine/summary/types.js";
import { formatLoc } from "../engine/summary/issue.js";

export interface Palette {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly ok: (text: string) => string;
  readonly note: (text: string) => string;
  readonly bold: (text: string) => string;
}

const plain = (text: string): string => text;
const PLAIN: Palette = { error: plain, warning: plain, ok: plain, note: plain, bold: plain };
const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\x1b[${open}m${text}\x1b[${close}m`;
const COLOURED: Palette = { error: sgr(31, 39), warning: sgr(33, 39), ok: sgr(32, 39), note: sgr(36, 39), bold: sgr(1, 22) };

/**
 * Colour for `stream`: FORCE_COLOR (any value but "0" or "false") turns it on, NO_COLOR (any non-empty value) off
 * (https://no-color.org), FORCE_COLOR first as most tools do; otherwise on a terminal that is not "dumb".
 */
export function useColour(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    return force !== "0" && force.toLowerCase() !== "false";
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") {
    return false;
  }
  return stream.isTTY === true && env.TERM !== "dumb";
}

export function palette(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Palette {
  return paletteOf(useColour(stream, env));
}

export function paletteOf(coloured: boolean): Palette {
  return coloured ? COLOURED : PLAIN;
}

/** The summary's text form, its severities and status in colour. */
export function colouredText(summary: ValidationSummary, colours: Palette): string {
  const text = summary.format("text");
  if (colours === PLAIN) {
    return text;
  }
  return text
    .split("\n")
    .map((line, i, lines) => {
      if (i === lines.length - 1) {
        return line.replace(
          /: (passed|valid-format|failed)( |$)/,
          (_, status: string, after: string) =>
            `: ${status === "failed" ? colours.error(colours.bold(status)) : colours.ok(colours.bold(status))}${after}`,
        );
      }
      return line.replace(/: (error|warning|alert|info|note): /, (_, level: string) => {
        const paint = level === "error" ? colours.error : level === "note" || level === "info" ? colours.note : colours.warning;
        return `: ${paint(colours.bold(level))}: `;
      });
    })
    .join("\n");
}

/** GitHub's workflow-command escaping: the message, and a property value (which also escapes `:` and `,`). */
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

function annotation(
  level: "error" | "warning" | "notice",
  source: string,
  position: SourcePosition | undefined,
  title: string,
  message: string,
): string {
  const at = position
    ? `file=${escapeProperty(position.file)},line=${position.line},col=${position.col}`
    : `file=${escapeProperty(source)}`;
  return `::${level} ${at},title=${escapeProperty(title)}::${escapeData(printable(message))}`;
}

/** GitHub Actions annotations (`::error file=…,line=…,col=…::…`), one per error and warning, then the status line. */
export function githubAnnotations(summary: ValidationSummary): string {
  const lines: string[] = [];
  for (const detail of summary.details) {
    for (const error of detail.errors) {
      lines.push(
        annotation(
          "error",
          summary.source_name,
          error.position,
          `${error.type} (${error.rule ?? "schema"})`,
          `${formatLoc(error.loc)}: ${error.msg}`,
        ),
      );
    }
    for (const warning of detail.warnings) {
      const level = severityName(warning.severity);
      lines.push(
        annotation(
          level === "info" ? "notice" : "warning",
          summary.source_name,
          warning.position,
          `${level} (${warning.rule ?? ""})`,
          `${formatLoc(warning.loc)}: ${warning.msg}`,
        ),
      );
    }
  }
  lines.push(summary.format("text").split("\n").at(-1) ?? "");
  return lines.join("\n");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Counts over several inputs; `unreadable` inputs are the ones that could not be read or parsed. */
/** What the total line counts. */
export interface Tally {
  readonly files: number;
  /** Inputs that did not pass, the unreadable ones included. */
  readonly failed: number;
  readonly unreadable: number;
  readonly errors: number;
  readonly warnings: number;
}

export function tallyOf(summaries: readonly ValidationSummary[], unreadable: number): Tally {
  return {
    files: summaries.length,
    failed: summaries.filter((s) => !s.ok).length,
    unreadable,
    errors: summaries.reduce((n, s) => n + s.errors.length, 0),
    warnings: summaries.reduce((n, s) => n + s.warnings.length, 0),
  };
}

export function totalLine(summaries: readonly ValidationSummary[], unreadable: number, colours: Palette = PLAIN): string {
  return tallyLine(tallyOf(summaries, unreadable), colours);
}

export function tallyLine(tally: Tally, colours: Palette = PLAIN): string {
  const failed = tally.failed - tally.unreadable;
  const passed = tally.files - tally.unreadable - failed;
  const parts = [
    colours.ok(`${passed} passed`),
    failed > 0 ? colours.error(`${failed} failed`) : `${failed} failed`,
    ...(tally.unreadable > 0 ? [colours.error(`${tally.unreadable} unreadable`)] : []),
  ];
  return `${colours.bold(`total: ${plural(tally.files, "file")}`)}: ${parts.join(", ")} (${plural(tally.errors, "error")}, ${plural(tally.warnings, "warning")})`;
}

/** A summary file's format, by its extension: .json, .html/.htm, anything else Markdown (so $GITHUB_STEP_SUMMARY works). */
export function summaryFileFormat(path: string): "json" | "html" | "markdown" {
  const extension = extname(path).toLowerCase();
  return extension === ".json" ? "json" : extension === ".html" || extension === ".htm" ? "html" : "markdown";
}

/** The summaries of one run as a summary file (`--summary`), with the total line when there are several. */
export function summaryFileText(path: string, summaries: readonly ValidationSummary[], unreadable: number): string {
  switch (summaryFileFormat(path)) {
    case "json":
      return `${JSON.stringify(summaries, null, 2)}\n`;
    case "html":
      return formatHtml(summaries, summaries.length > 1 ? totalLine(summaries, unreadable) : undefined);
    case "markdown": {
      const total = summaries.length > 1 ? [`**${totalLine(summaries, unreadable).replace(/^total: /, "Total: ")}**`, ""] : [];
      return `${["# bioimage-specs validate", "", ...total, ...summaries.map((s) => s.format("markdown"))].join("\n")}\n`;
    }
  }
}

export async function writeSummaryFiles(
  paths: readonly string[],
  summaries: readonly ValidationSummary[],
  unreadable: number,
): Promise<void> {
  for (const path of paths) {
    await writeFileAtomic(path, summaryFileText(path, summaries, unreadable));
  }
}

export interface Progress {
  /** The current phase, e.g. "checking rdf.yaml"; bytes done and total (when known) for phases that move data. */
  update(phase: string, done?: number, total?: number): void;
  /** Clears the line (call before printing anything else). */
  done(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, done: () => undefined };

/** A progress line on stderr: phase, percent, MiB and rate, at most five updates a second; nothing unless a terminal (and not CI). */
export function progressLine(ci: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY !== true || ci) {
    return NO_PROGRESS;
  }
  let shown = false;
  let last = 0;
  let phaseStart = Date.now();
  let currentPhase = "";
  const mib = (n: number): string => (n / 2 ** 20).toFixed(1);
  return {
    update(phase, done, total) {
      const now = Date.now();
      const newPhase = phase !== currentPhase;
      if (newPhase) {
        currentPhase = phase;
        phaseStart = now;
      } else if (now - last < 200) {
        return;
      }
      last = now;
      shown = true;
      let text = phase;
      if (done !== undefined) {
        const seconds = (now - phaseStart) / 1000;
        const rate = seconds > 0.2 ? `, ${mib(done / seconds)} MiB/s` : "";
        text +=
          total !== undefined && total > 0
            ? `: ${Math.min(100, Math.floor((done / total) * 100))}% (${mib(done)} / ${mib(total)} MiB${rate})`
            : `: ${mib(done)} MiB${rate}`;
      }
      stream.write(`\r\x1b[K${text}`);
    },
    done() {
      if (shown) {
        stream.write("\r\x1b[K");
        shown = false;
      }
    },
  };
}

/** One JSON document on stdout (the `--json` output of package, update-hashes, update-format and copick). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
