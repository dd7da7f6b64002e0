import { loadavg } from "node:os";
import { copickExportScaling } from "./copick-export.js";
import { referenceSideBySide } from "./reference.js";
console.log("load", loadavg());
const rows = [...copickExportScaling(), ...((r) => (typeof r === "string" ? [r] : r))(await referenceSideBySide())];
console.log("load", loadavg());
for (const r of rows) console.log(typeof r === "string" ? r : `| ${r.figure} | ${r.baseline} | ${r.ratio.toFixed(2)}x | ${r.target ?? ""} | ${r.detail} |`);
