// One measured copick export, in its own process so that its peak RSS is its own: prints
// {"ms": ..., "maxRssMb": ..., "rows": ...} for the project at argv[2], its Croissant written under argv[3]
// (default: the project itself; an s3:// root is reached through the AWS environment the parent sets).
import type * as Export from "../src/copick/node/export.js";
import type * as Open from "../src/copick/node/open.js";
import { shipped } from "./shipped.js";

const { exportCroissant } = await shipped<typeof Export>("src/copick/node/export.js");
const { openCopickProject } = await shipped<typeof Open>("src/copick/node/open.js");

const dir = process.argv[2] ?? "";
const target = process.argv[3] ?? dir;
const root = await openCopickProject(`${dir}/filesystem.json`);
const start = process.hrtime.bigint();
const result = await exportCroissant(root, target, { baseUrl: "", force: true, datePublished: "2026-01-01" });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const rows = Object.values(result.rowCounts).reduce((a, b) => a + b, 0);
process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
