// The validator page end to end in a real browser: Debian's Chromium driven by playwright-core, the page built
// by `make web`'s code and served from 127.0.0.1. Without Chromium the test says so and is skipped, but under CI
// (CI=true, where .ci/run installs it) a missing browser fails. Screenshots go to test/artifacts/ (gitignored).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { specs } from "../../generated/index.js";
import { buildWeb } from "../../scripts/build-web.js";
import { checkFiles } from "../../web/src/check.js";
import { corpus } from "../helpers/corpus.js";
import { REPO } from "../helpers/fixture-codegen.js";
import { startServer, type TestServer } from "../helpers/http-server.js";
import { parse, stringify } from "yaml";
import { entryText, rezip, validPackage } from "../helpers/web-packages.js";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const ARTIFACTS = join(REPO, "test", "artifacts");
const VALID = join(REPO, "examples/bioimageio/unet2d_nuclei_broad.bioimageio.yaml");
const INVALID = join(REPO, "examples/bioimageio/invalid_unet2d_0_5_draft.bioimageio.yaml");

const haveChromium = existsSync(CHROMIUM);
const onCi = process.env.CI === "true";

if (!haveChromium && !onCi) {
  process.stderr.write(`test/web/page.test.ts: skipped, ${CHROMIUM} is missing (apt-get install -y chromium)\n`);
}

test.runIf(!haveChromium && onCi)("Chromium is installed on CI", () => {
  expect.fail(`${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium)`);
});

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".txt": "text/plain",
};

describe.runIf(haveChromium)("the validator page in Chromium", () => {
  let dist: string;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let zip: Uint8Array;
  const foreignRequests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "bioimage-specs-web-"));
    const built = buildWeb(dist);
    zip = await validPackage();
    await built;
    server = await startServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      const file = join(dist, path.endsWith("/") ? `${path}index.html` : path);
      if (!existsSync(file)) {
        response.statusCode = 404;
        response.end();
        return;
      }
      response.setHeader("content-type", CONTENT_TYPES[extname(file)] ?? "application/octet-stream");
      response.end(readFileSync(file));
    });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "bioimage-specs-chromium-")), {
      executablePath: CHROMIUM,
      args: FLAGS,
      viewport: { width: 1280, height: 1024 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith("blob:") && !request.url().startsWith("data:")) {
        foreignRequests.push(request.url());
      }
    });
    page.on("console", (message) => {
      if (message.type() === "error") {
        problems.push(message.text());
      }
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400) {
        problems.push(`${response.status()} ${response.url()}`);
      }
    });
    await page.goto(`${server.url}/`);
    await page.waitForSelector("body[data-ready]");
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (dist) {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  /** Picks files with the page's file input and waits for the check to finish. */
  async function pick(files: Parameters<Page["setInputFiles"]>[1]): Promise<void> {
    const before = await page.evaluate(() => document.body.dataset.checked ?? "0");
    await page.setInputFiles("#file-input", files);
    await page.waitForFunction((previous) => (document.body.dataset.checked ?? "0") !== previous, before);
  }

  test("states the spec versions it implements", async () => {
    const rows = await page.$$eval(".specs tbody tr", (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)),
    );
    expect(rows).toContainEqual([
      "bioimageio",
      "model",
      `${specs["bioimageio/model/0.4"].formatVersion}, ${specs["bioimageio/model/0.5"].formatVersion}`,
    ]);
    expect(rows).toContainEqual(["fractal", "manifest", "1, 2"]);
    expect(rows).toContainEqual(["copick", "config", specs["copick/config/1.27"].formatVersion]);
  });

  test("the file pickers are reached with the keyboard, and show it", async () => {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("file-input");
    expect(await page.$eval('label[for="file-input"]', (label) => getComputedStyle(label).outlineStyle)).toBe("solid");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("folder-input");
    expect(await page.$eval('label[for="file-input"]', (label) => getComputedStyle(label).outlineStyle)).toBe("none");
  });

  test("a valid rdf.yaml", async () => {
    await pick(VALID);
    expect(await page.textContent("#status")).toBe("Checked 1 file: all valid.");
    expect(await page.textContent(".report .verdict")).toContain("Valid");
    expect(await page.textContent(".report .facts")).toContain("model 0.5.7 · 0 errors");
    expect(await page.textContent(".report .notes")).toContain("not checked: referenced files");
    expect(await page.$$(".issues.errors .issue")).toHaveLength(0);
    expect(await page.$("#scripts-blocked")).toBeNull(); // the scripts ran: no notice about file://
  });

  test("opened from file://, where browsers block its scripts, it says so and how to serve it", async () => {
    const local = await context.newPage();
    try {
      await local.goto(`file://${join(dist, "index.html")}`);
      await local.waitForFunction(
        () => getComputedStyle(document.getElementById("scripts-blocked") as Element).opacity === "1",
        undefined,
        {
          timeout: 10_000,
        },
      );
      expect(await local.textContent("#scripts-blocked")).toContain("python3 -m http.server");
      expect(await local.evaluate(() => document.body.dataset.ready)).toBeUndefined();
    } finally {
      await local.close();
    }
  });

  test("an invalid rdf.yaml: the same errors as the CLI, each located and highlighted in the source", async () => {
    await pick(INVALID);
    expect(await page.textContent(".report .verdict")).toContain("Failed");
    const shown = await page.$$eval(".issues.errors .issue", (items) =>
      items.map((li) => [
        li.querySelector(".where")?.textContent,
        li.querySelector(".loc")?.textContent,
        li.querySelector(".msg")?.textContent,
      ]),
    );
    const [expected] = await checkFiles([{ path: "invalid_unet2d_0_5_draft.bioimageio.yaml", blob: new Blob([readFileSync(INVALID)]) }]);
    expect(shown).toEqual(expected?.summary.errors.map((e) => [`${e.position?.line}:${e.position?.col}`, e.loc.join("."), e.msg]));
    expect(shown.length).toBeGreaterThan(1);
    const errorLines = new Set(expected?.summary.errors.map((e) => String(e.position?.line)));
    const marked = await page.$$eval(".line.has-error", (rows) => rows.map((row) => row.getAttribute("data-line")));
    expect(new Set(marked)).toEqual(errorLines);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "web-invalid.png") });

    // The last error's position: the line scrolls into the source's view, is highlighted and takes the focus.
    const last = expected?.summary.errors.at(-1)?.position?.line;
    await page.click(`.issues.errors .issue:last-child button.where`);
    const current = page.locator(".line.current");
    expect(await current.getAttribute("data-line")).toBe(String(last));
    expect(await page.evaluate(() => document.activeElement?.classList.contains("current"))).toBe(true);
    const [lineBox, codeBox] = await Promise.all([current.boundingBox(), page.locator(".source .code").boundingBox()]);
    expect(lineBox && codeBox && lineBox.y >= codeBox.y && lineBox.y + lineBox.height <= codeBox.y + codeBox.height).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "web-invalid-line.png") });

    // The summary downloads as the reference's JSON.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download the summary (JSON)")]);
    expect(download.suggestedFilename()).toBe("invalid_unet2d_0_5_draft.bioimageio.yaml.summary.json");
    const json = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(json).toEqual(JSON.parse(JSON.stringify(expected?.summary)));

    // The README's picture (docs/web-page.png is a copy): an error picked, the page at its top.
    await page.click(`.issues.errors .issue:nth-child(2) button.where`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, "web-page.png") });
  });

  test("a zip package is read in the browser and its hashes are checked", async () => {
    await pick({ name: "model.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
    expect(await page.textContent(".report .verdict")).toContain("Valid");
    expect(await page.textContent(".report h3 code")).toBe("model.zip/rdf.yaml");
    expect(await page.textContent(".report .verified summary")).toMatch(/^Verified \d+ files \(read and hashed\)$/);
    expect(await page.textContent(".report .verified")).toContain("weights.pt: read, sha256 ");

    const tampered = await rezip(zip, { "weights.pt": new TextEncoder().encode("not the weights") });
    await pick({ name: "model.zip", mimeType: "application/zip", buffer: Buffer.from(tampered) });
    expect(await page.textContent(".report .verdict")).toContain("Failed");
    expect(await page.textContent(".issues.errors")).toContain("Sha256 mismatch for weights.pt");
    await page.screenshot({ path: join(ARTIFACTS, "web-package.png"), fullPage: true });
  });

  test("a TIFF sample tensor in a package is decoded in the browser (its decoder loaded on demand)", async () => {
    const rdf = parse(await entryText(zip, "rdf.yaml")) as { outputs: { sample_tensor?: unknown }[] };
    rdf.outputs[0] = { ...rdf.outputs[0], sample_tensor: { source: "sample.tif" } };
    // a hyperstack of 2 frames, 3 slices and 2 channels: 5 dimensions, more than the output has axes
    const hyperstack = new Uint8Array(readFileSync(join(REPO, "test/fixtures/tiff/imagej-tzcyx.tif")));
    const withTiff = await rezip(zip, { "rdf.yaml": new TextEncoder().encode(stringify(rdf)) }, {}, { "sample.tif": hyperstack });
    await pick({ name: "model.zip", mimeType: "application/zip", buffer: Buffer.from(withTiff) });
    expect(await page.textContent(".report .verdict")).toContain("Failed");
    expect(await page.textContent(".issues.errors")).toMatch(
      /Expected sample tensor to have \d+ to \d+ dimensions, but found 5 \(shape: \(2, 3, 2, 24, 40\)\)/,
    );
  });

  test("a Fractal manifest dropped on the page", async () => {
    const manifest = readFileSync(corpus("fractal", "invalid", "v2-code-authors-whitespace-only.json"), "utf8");
    const before = await page.evaluate(() => document.body.dataset.checked ?? "0");
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "__FRACTAL_MANIFEST__.json", { type: "application/json" }));
      document.getElementById("drop")?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, manifest);
    await page.waitForFunction((previous) => (document.body.dataset.checked ?? "0") !== previous, before);
    expect(await page.textContent(".report h2")).toBe("__FRACTAL_MANIFEST__.json");
    expect(await page.textContent(".report .facts")).toContain("Fractal task-package manifest");
    expect(await page.textContent(".report .verdict")).toContain("Failed");
  });

  test("a picked folder: a copick Croissant with its CSVs, whose checksums are read from the picked files", async () => {
    const folder = corpus("copick", "reconstructed_exports", "tiny", "Croissant");
    const before = await page.evaluate(() => document.body.dataset.checked ?? "0");
    await page.setInputFiles("#folder-input", folder);
    await page.waitForFunction((previous) => (document.body.dataset.checked ?? "0") !== previous, before);
    expect(await page.textContent("#results nav")).toContain("9 files checked, 0 failed");
    const titles = await page.$$eval(".report h2", (h2s) => h2s.map((h2) => h2.textContent));
    expect(titles).toContain("Croissant/metadata.json");
    expect(titles).toContain("Croissant/runs.csv");
    const metadata = page.locator(".report", { has: page.locator("h2", { hasText: "Croissant/metadata.json" }) });
    expect(await metadata.locator(".facts").textContent()).toMatch(/^Croissant/);
    expect(await metadata.locator(".notes").count()).toBe(0); // its files were at hand
  });

  test("made no request outside its own origin and logged no error", () => {
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
