// A self-contained HTML page of one or more summaries (`validate --summary report.html`): the status of each
// document and a table of its errors and warnings with their locations. No scripts, no external resources.
import { notCheckedNote } from "./details.js";
import { formatLoc } from "./issue.js";
import { severityName, type SourcePosition, type ValidationSummaryJson } from "./types.js";

function escape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

function where(position: SourcePosition | undefined): string {
  return position ? `${position.line}:${position.col}` : "";
}

function row(level: string, position: SourcePosition | undefined, loc: string, msg: string): string {
  return `<tr class="${level}"><td>${level}</td><td>${escape(where(position))}</td><td><code>${escape(loc)}</code></td><td>${escape(msg)}</td></tr>`;
}

function section(summary: ValidationSummaryJson): string {
  const rows: string[] = [];
  const notes: string[] = [];
  for (const detail of summary.details) {
    for (const error of detail.errors) {
      rows.push(row("error", error.position, formatLoc(error.loc), `${error.msg} [${error.type}]`));
    }
    for (const warning of detail.warnings) {
      rows.push(row(severityName(warning.severity), warning.position, formatLoc(warning.loc), warning.msg));
    }
    const note = notCheckedNote(detail);
    if (note !== undefined) {
      notes.push(`<li>${escape(note)}</li>`);
    }
  }
  const what = [summary.type, summary.format_version].filter((s) => s !== "").join(" ");
  return [
    `<section><h2><span class="status ${escape(summary.status)}">${escape(summary.status)}</span> ${escape(summary.source_name)}</h2>`,
    `<p>${escape(what)} &middot; ${escape(summary.name)}</p>`,
    rows.length > 0
      ? `<table><thead><tr><th>level</th><th>line:col</th><th>location</th><th>message</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
      : "<p>No errors or warnings.</p>",
    notes.length > 0 ? `<ul class="notes">${notes.join("")}</ul>` : "",
    "</section>",
  ].join("\n");
}

const STYLE = [
  "body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1b1b1b}",
  "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}",
  ".status{padding:0 .4rem;border-radius:.2rem;color:#fff;background:#555}.status.passed,.status.valid-format{background:#1a7f37}.status.failed{background:#cf222e}",
  "tr.error td:first-child{color:#cf222e}tr.warning td:first-child,tr.alert td:first-child{color:#9a6700}",
].join("\n");

export function formatHtml(summaries: readonly ValidationSummaryJson[], total?: string): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><title>bioimage-specs validate</title>',
    `<style>${STYLE}</style></head><body>`,
    "<h1>bioimage-specs validate</h1>",
    total === undefined ? "" : `<p><strong>${escape(total)}</strong></p>`,
    ...summaries.map(section),
    "</body></html>",
    "",
  ].join("\n");
}
