// The validator page: files in (drop, pick a file or a folder), reports out. The checking is in check.ts;
// this module only builds the DOM (no innerHTML: every text from a file goes through textContent).
import {
  CROISSANT_PROFILES,
  type ErrorEntry,
  severityName,
  specs,
  type ValidationSummary,
  type WarningEntry,
  type WarningLevelName,
} from "../../src/index.js";
import { checkFiles, DEFAULT_OPTIONS, type FileReport, type InputFile, type PageOptions } from "./check.js";

/** Longer sources are cut when shown (positions past the cut are still listed); the DOM would crawl. */
const MAX_SHOWN_LINES = 20_000;

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error(`the page lacks #${id}`);
  }
  return element as T;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
const formatLoc = (loc: readonly (string | number)[]): string => (loc.length === 0 ? "(root)" : loc.join("."));

const VERDICTS: Record<ValidationSummary["status"], { label: string; mark: string }> = {
  passed: { label: "Passed", mark: "✓" },
  "valid-format": { label: "Valid", mark: "✓" },
  failed: { label: "Failed", mark: "✗" },
};

interface Issue {
  readonly severity: WarningLevelName;
  readonly entry: ErrorEntry | WarningEntry;
}

function issuesOf(summary: ValidationSummary): Issue[] {
  return [
    ...summary.errors.map((entry): Issue => ({ severity: "error", entry })),
    ...summary.warnings.map((entry): Issue => ({ severity: severityName(entry.severity) as WarningLevelName, entry })),
  ];
}

/** The shown source: one row per line, rows with issues marked; returns how to reveal a line. */
function sourceView(report: FileReport, issues: readonly Issue[]): { view: HTMLElement; reveal: (line: number) => void } {
  const source = report.source;
  const view = el("section", { class: "source", "aria-label": `Source of ${source?.name ?? report.path}` });
  if (!source) {
    return { view, reveal: () => undefined };
  }
  // Per line: the worst severity and the first column an issue points at (underlined from there on).
  const marked = new Map<number, { severity: "error" | "warning"; col: number }>();
  for (const issue of issues) {
    const position = issue.entry.position?.file === source.name ? issue.entry.position : undefined;
    if (position) {
      const previous = marked.get(position.line);
      marked.set(position.line, {
        severity: previous?.severity === "error" || issue.severity === "error" ? "error" : "warning",
        col: Math.min(previous?.col ?? position.col, position.col),
      });
    }
  }
  const lines = source.text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const shown = lines.slice(0, MAX_SHOWN_LINES);
  const code = el("div", { class: "code", tabindex: "0", role: "region", "aria-label": `${source.name}, ${plural(lines.length, "line")}` });
  shown.forEach((text, i) => {
    const line = i + 1;
    const mark = marked.get(line);
    const content = mark
      ? [text.slice(0, mark.col - 1), el("span", { class: "at" }, text.slice(mark.col - 1) || " ")]
      : [text === "" ? " " : text];
    const row = el(
      "div",
      { class: mark ? `line has-${mark.severity}` : "line", "data-line": String(line), tabindex: "-1" },
      el("span", { class: "ln", "aria-hidden": "true" }, String(line)),
      el("span", { class: "text" }, ...content),
    );
    if (mark) {
      row.setAttribute("aria-label", `line ${line}, ${mark.severity === "error" ? "has an error" : "has a warning"}: ${text}`);
    }
    code.append(row);
  });
  const heading = el("h3", {}, "Source ", el("code", {}, source.name));
  view.append(heading, code);
  if (lines.length > shown.length) {
    view.append(el("p", { class: "note" }, `Showing the first ${shown.length} of ${lines.length} lines.`));
  }
  const reveal = (line: number): void => {
    const row = code.querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (!row) {
      return;
    }
    for (const current of code.querySelectorAll(".current")) {
      current.classList.remove("current");
    }
    row.classList.add("current");
    row.scrollIntoView({ block: "center" });
    row.focus({ preventScroll: true });
  };
  return { view, reveal };
}

function issueList(
  title: string,
  className: string,
  issues: readonly Issue[],
  sourceName: string | undefined,
  reveal: (line: number) => void,
): HTMLElement {
  const list = el("ol", { class: `issues ${className}` });
  for (const { severity, entry } of issues) {
    const position = entry.position;
    const where =
      position && position.file === sourceName
        ? el(
            "button",
            { type: "button", class: "where", "data-line": String(position.line), title: "Show in the source" },
            `${position.line}:${position.col}`,
          )
        : el("span", { class: "where" }, position ? `${position.file}:${position.line}:${position.col}` : "—");
    if (where instanceof HTMLButtonElement && position) {
      where.addEventListener("click", () => reveal(position.line));
    }
    list.append(
      el(
        "li",
        { class: `issue ${severity}` },
        el("p", { class: "head" }, el("span", { class: "severity" }, severity), where, el("code", { class: "loc" }, formatLoc(entry.loc))),
        el("p", { class: "msg" }, entry.msg),
        ...(entry.rule ? [el("p", { class: "rule" }, `rule ${entry.rule} · ${entry.type}`)] : []),
      ),
    );
  }
  return el("section", { class: "issue-group" }, el("h3", {}, `${title} (${issues.length})`), list);
}

function downloadJson(report: FileReport): HTMLElement {
  const button = el("button", { type: "button", class: "secondary" }, "Download the summary (JSON)");
  button.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(report.summary, null, 2)}\n`], { type: "application/json" }));
    const link = el("a", { href: url, download: `${report.path.split("/").pop() ?? "summary"}.summary.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  return button;
}

function reportView(report: FileReport, index: number): HTMLElement {
  const { summary } = report;
  const issues = issuesOf(summary);
  const { view: source, reveal } = sourceView(report, issues);
  const verdict = VERDICTS[summary.status];
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity !== "error");
  const what = [summary.type, summary.format_version].filter((s) => s !== "" && s !== "unknown").join(" ");
  const article = el(
    "article",
    { class: `report status-${summary.status}`, "aria-labelledby": `report-${index}` },
    el(
      "header",
      { class: "report-header" },
      el("h2", { id: `report-${index}` }, report.path),
      el(
        "p",
        { class: "verdict", "data-status": summary.status },
        el("span", { "aria-hidden": "true" }, verdict.mark),
        ` ${verdict.label}`,
      ),
      el(
        "p",
        { class: "facts" },
        `${report.kind}${what === "" ? "" : ` · ${what}`} · ${plural(errors.length, "error")}, ${plural(warnings.length, "warning")}`,
      ),
    ),
  );
  const notes = [
    ...report.notes,
    ...summary.details.filter((d) => d.name.startsWith("not checked: ") && d.errors.length === 0).map((d) => d.name),
  ];
  if (notes.length > 0) {
    article.append(el("ul", { class: "notes" }, ...notes.map((note) => el("li", {}, note))));
  }
  if (report.verified.length > 0) {
    article.append(
      el(
        "details",
        { class: "verified" },
        el("summary", {}, `Verified ${plural(report.verified.length, "file")} (read and hashed)`),
        el("ul", {}, ...report.verified.map((line) => el("li", {}, line))),
      ),
    );
  }
  const sourceName = report.source?.name;
  const found = el("div", { class: "found" });
  if (errors.length > 0) {
    found.append(issueList("Errors", "errors", errors, sourceName, reveal));
  }
  if (warnings.length > 0) {
    found.append(issueList("Warnings", "warnings", warnings, sourceName, reveal));
  }
  found.append(el("p", {}, downloadJson(report)));
  article.append(el("div", { class: "report-body" }, found, source));
  return article;
}

function showReports(reports: readonly FileReport[]): void {
  const results = byId("results");
  results.replaceChildren();
  if (reports.length > 1) {
    const failed = reports.filter((r) => r.summary.status === "failed").length;
    const nav = el("nav", { "aria-label": "Checked files" }, el("p", {}, `${plural(reports.length, "file")} checked, ${failed} failed:`));
    const list = el("ul", { class: "file-list" });
    reports.forEach((report, index) => {
      list.append(el("li", {}, el("a", { href: `#report-${index}` }, `${VERDICTS[report.summary.status].mark} ${report.path}`)));
    });
    nav.append(list);
    results.append(nav);
  }
  results.append(...reports.map((report, index) => reportView(report, index)));
  results.hidden = false;
}

function readOptions(): PageOptions {
  const form = byId<HTMLFormElement>("options");
  const data = new FormData(form);
  return {
    formatVersion: data.get("format-version") === "latest" ? "latest" : "discover",
    strict: data.get("strict") === "on",
    collection: data.get("collection") === "on",
    croissantProfile: CROISSANT_PROFILES.find((p) => p === data.get("croissant-profile")) ?? DEFAULT_OPTIONS.croissantProfile,
  };
}

let current: readonly InputFile[] = [];
let run = 0;

async function check(files: readonly InputFile[]): Promise<void> {
  current = files;
  const status = byId("status");
  const body = document.body;
  if (files.length === 0) {
    status.textContent = "No file to check.";
    return;
  }
  const mine = ++run;
  body.setAttribute("aria-busy", "true");
  status.textContent = `Checking ${plural(files.length, "file")}…`;
  try {
    const reports = await checkFiles(files, readOptions());
    if (mine !== run) {
      return; // a newer drop or option change took over
    }
    showReports(reports);
    const failed = reports.filter((r) => r.summary.status === "failed").length;
    status.textContent =
      reports.length === 0
        ? "None of these files is a document this page checks (.yaml, .json, .ndjson, .csv or .zip)."
        : `Checked ${plural(reports.length, "file")}: ${failed === 0 ? "all valid" : `${failed} failed`}.`;
  } catch (error) {
    if (mine === run) {
      status.textContent = `Could not check: ${error instanceof Error ? error.message : String(error)}`;
    }
  } finally {
    if (mine === run) {
      body.removeAttribute("aria-busy");
      body.dataset.checked = String(run);
    }
  }
}

/** Files of a dropped folder, recursively, with paths relative to the drop. */
async function entryFiles(entry: FileSystemEntry): Promise<InputFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ path: entry.fullPath.replace(/^\//, ""), blob: file }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns a batch at a time, until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) {
      break;
    }
    children.push(...batch);
  }
  return (await Promise.all(children.map(entryFiles))).flat();
}

async function droppedFiles(transfer: DataTransfer): Promise<InputFile[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length > 0) {
    return (await Promise.all(entries.map(entryFiles))).flat();
  }
  return [...transfer.files].map((file) => ({ path: file.name, blob: file }));
}

const picked = (input: HTMLInputElement): InputFile[] =>
  [...(input.files ?? [])].map((file) => ({ path: file.webkitRelativePath === "" ? file.name : file.webkitRelativePath, blob: file }));

function specTable(): HTMLElement {
  const versions = new Map<string, string[]>();
  for (const spec of Object.values(specs)) {
    const key = `${spec.family}/${spec.type}`;
    versions.set(key, [...(versions.get(key) ?? []), spec.formatVersion]);
  }
  const body = el("tbody");
  for (const [key, list] of versions) {
    const [family = "", type = ""] = key.split("/");
    body.append(el("tr", {}, el("td", {}, family), el("td", {}, type), el("td", {}, list.join(", "))));
  }
  return el(
    "table",
    { class: "specs" },
    el("caption", {}, "Spec versions this page implements (later patch versions are read as the implemented one)"),
    el(
      "thead",
      {},
      el("tr", {}, el("th", { scope: "col" }, "family"), el("th", { scope: "col" }, "type"), el("th", { scope: "col" }, "versions")),
    ),
    body,
  );
}

function start(): void {
  // The scripts run: the notice about pages opened from a file (whose scripts browsers block) goes away.
  byId("scripts-blocked").remove();
  const drop = byId("drop");
  const fileInput = byId<HTMLInputElement>("file-input");
  const folderInput = byId<HTMLInputElement>("folder-input");
  byId("spec-versions").append(specTable());
  fileInput.addEventListener("change", () => void check(picked(fileInput)));
  folderInput.addEventListener("change", () => void check(picked(folderInput)));
  byId<HTMLFormElement>("options").addEventListener("change", () => {
    if (current.length > 0) {
      void check(current);
    }
  });
  // The whole window takes drops, so that a file dropped beside the zone is not opened by the browser instead.
  let depth = 0;
  window.addEventListener("dragenter", (event) => {
    event.preventDefault();
    depth++;
    drop.classList.add("dragging");
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) {
      drop.classList.remove("dragging");
    }
  });
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => {
    event.preventDefault();
    depth = 0;
    drop.classList.remove("dragging");
    if (event.dataTransfer) {
      droppedFiles(event.dataTransfer).then(check, (error: unknown) => {
        byId("status").textContent = `Could not read the dropped files: ${error instanceof Error ? error.message : String(error)}`;
      });
    }
  });
  document.body.dataset.ready = "true";
}

start();
