// `make rules-doc` / `make check-rules-doc`: write docs/rules.md from the rule catalogue (src/rule-catalogue.ts,
// whose entries each rule declares next to its check), or compare it with what would be written.
// Usage: tsx scripts/rules-doc.ts [--check] [output path, default docs/rules.md]
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { writeFileAtomic } from "../src/engine/node/atomic-write.js";
import { type Severity, severityName } from "../src/engine/summary/types.js";
import type { FamilyRules, ReferenceSource, RuleInfo } from "../src/engine/validation/rule.js";
import { RULE_CATALOGUE } from "../src/rule-catalogue.js";

const REPO = join(import.meta.dirname, "..");
export const RULES_DOC = join(REPO, "docs", "rules.md");

/** One rule id with where it applies, as the catalogue lists it. */
interface Entry {
  readonly info: RuleInfo;
  readonly scopes: string[];
  readonly reference: ReferenceSource | undefined;
}

function severityNames(severity: RuleInfo["severity"]): string {
  const levels = (Array.isArray(severity) ? severity : [severity]) as readonly Severity[];
  return levels.map(severityName).join(", ");
}

/** Inline code that may itself hold backticks. */
function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  const pad = text.startsWith("`") || text.endsWith("`") || fence === "``" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function referenceLink(info: RuleInfo, source: ReferenceSource | undefined): string {
  if (typeof info.reference !== "string") {
    return `none: ${info.reference.none}`;
  }
  const [path = "", line = ""] = info.reference.split(/:(?=\d+$)/);
  return source ? `[${info.reference}](${source.repository}/blob/${source.revision}/${path}#L${line}) (${source.name})` : info.reference;
}

function sourceLink(source: ReferenceSource): string {
  return `[${source.name}](${source.repository}/tree/${source.revision})`;
}

/** Each id of a family once, with the scopes it is in (in the family's order); ids are sorted within a scope set. */
function entriesOf(family: FamilyRules): Entry[] {
  const byId = new Map<string, Entry>();
  for (const scope of family.scopes) {
    for (const info of scope.rules) {
      const entry = byId.get(info.id);
      if (!entry) {
        byId.set(info.id, { info, scopes: [scope.name], reference: scope.reference ?? family.reference });
      } else if (!entry.scopes.includes(scope.name)) {
        entry.scopes.push(scope.name);
      }
    }
  }
  return [...byId.values()];
}

/** Sections of one family: the ids of each set of scopes, the sets in the order of their first scope. */
function sectionsOf(family: FamilyRules): { title: string; entries: Entry[] }[] {
  const order = family.scopes.map((scope) => scope.name);
  const sections = new Map<string, Entry[]>();
  for (const entry of entriesOf(family)) {
    const title = entry.scopes.join(", ");
    sections.set(title, [...(sections.get(title) ?? []), entry]);
  }
  const rank = (title: string): [number, number] => {
    const scopes = title.split(", ");
    return [order.indexOf(scopes[0] ?? ""), scopes.length];
  };
  return [...sections.entries()]
    .sort(([a], [b]) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1] || a.localeCompare(b))
    .map(([title, entries]) => ({ title, entries: entries.sort((x, y) => x.info.id.localeCompare(y.info.id)) }));
}

function renderEntry(family: FamilyRules, entry: Entry): string[] {
  const { info } = entry;
  return [
    `<a id="${info.id}"></a>`,
    "",
    `#### ${code(info.id)}`,
    "",
    info.description,
    "",
    `- family: ${family.family}; applies to: ${entry.scopes.join(", ")}`,
    `- severity: ${severityNames(info.severity)}`,
    `- reference: ${referenceLink(info, entry.reference)}`,
    "- messages:",
    ...info.messages.map((message) => `  - ${code(message)}`),
    "",
  ];
}

/** docs/rules.md, deterministically: families in catalogue order, then their scopes, then rule ids. */
export function renderRuleCatalogue(catalogue: readonly FamilyRules[] = RULE_CATALOGUE): string {
  const count = (family: FamilyRules): number => entriesOf(family).length;
  const lines = [
    "# Rule catalogue",
    "",
    "<!-- Written by `make rules-doc` from the rules' own declarations (src/rule-catalogue.ts); do not edit by hand. -->",
    "",
    "Every rule id a validation summary can carry (the `rule` of an error or a warning), by family and by the type",
    "and version it applies to; link to one as `docs/rules.md#<rule-id>`. Messages are worded as the reference words",
    "them, `{…}` standing for a value (Croissant messages are prefixed with the node they are about). A reference is",
    "a file and line of the reference implementation at the revision its family (or section) names.",
    "",
    "| family | reference | rule ids |",
    "| --- | --- | --- |",
    ...catalogue.map((family) => `| ${family.family} | ${family.reference ? sourceLink(family.reference) : "—"} | ${count(family)} |`),
    "",
  ];
  for (const family of catalogue) {
    lines.push(`## ${family.family}`, "");
    if (family.reference) {
      lines.push(`Reference: ${sourceLink(family.reference)}.`, "");
    }
    for (const section of sectionsOf(family)) {
      lines.push(`### ${section.title}`, "");
      const scoped = family.scopes.find((scope) => scope.name === section.title && scope.reference)?.reference;
      if (scoped) {
        lines.push(`Reference: ${sourceLink(scoped)}.`, "");
      }
      for (const entry of section.entries) {
        lines.push(...renderEntry(family, entry));
      }
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes("--check");
  const target = argv.find((arg) => !arg.startsWith("--")) ?? RULES_DOC;
  const text = renderRuleCatalogue();
  const shown = relative(process.cwd(), target) || target;
  if (!check) {
    await writeFileAtomic(target, text);
    console.log(`wrote ${shown}`);
    return 0;
  }
  const current = await readFile(target, "utf8").catch(() => undefined);
  if (current === text) {
    console.log(`${shown} is up to date`);
    return 0;
  }
  console.error(`${shown} is stale (${current === undefined ? "missing" : "differs"}): run make rules-doc`);
  return 1;
}

if (process.argv[1] && import.meta.filename === (await import("node:fs")).realpathSync(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
