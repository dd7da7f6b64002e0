// Markdown tables like the reference's summary display: an info table, then a details table.
import { formatLoc } from "./issue.js";
import { severityName, type ValidationSummaryJson } from "./types.js";

const STATUS_ICONS: Readonly<Record<string, string>> = { passed: "✔️", "valid-format": "🟡", failed: "❌" };

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", "<br>");
}

export function formatMarkdown(summary: ValidationSummaryJson): string {
  const lines = [
    `| ${STATUS_ICONS[summary.status] ?? ""} | ${summary.name} |`,
    "| --- | --- |",
    `| status | ${summary.status} |`,
    `| source | ${cell(summary.source_name)} |`,
    ...(summary.id === null ? [] : [`| id | ${cell(summary.id)} |`]),
    `| format version | ${cell(`${summary.type} ${summary.format_version}`)} |`,
    `| ${summary.env.map((e) => e[0]).join(", ")} | ${summary.env.map((e) => e[1]).join(", ")} |`,
    "",
    "|  | Location | Details |",
    "| --- | --- | --- |",
  ];
  for (const detail of summary.details) {
    lines.push(`| ${STATUS_ICONS[detail.status] ?? ""} | ${cell(formatLoc(detail.loc))} | ${cell(detail.name)} |`);
    for (const error of detail.errors) {
      const at = error.position ? ` (line ${error.position.line}, column ${error.position.col})` : "";
      lines.push(`| ❌ | ${cell(formatLoc(error.loc))} | ${cell(error.msg)}${at} |`);
    }
    for (const warning of detail.warnings) {
      const at = warning.position ? ` (line ${warning.position.line}, column ${warning.position.col})` : "";
      lines.push(`| ⚠ | ${cell(formatLoc(warning.loc))} | ${severityName(warning.severity)}: ${cell(warning.msg)}${at} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
