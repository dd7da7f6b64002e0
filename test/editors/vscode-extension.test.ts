// The VS Code extension in editors/vscode (not published): loaded with stand-ins for `vscode` and
// `vscode-languageclient`, it asks for `<command> <args...> lsp --stdio` with the user's settings, and that
// command starts our language server.
import { createRequire, Module } from "node:module";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { REPO } from "../helpers/fixture-codegen.js";
import { LspClient } from "../helpers/lsp-client.js";

interface ClientArguments {
  readonly id: string;
  readonly server: { readonly command: string; readonly args: readonly string[] };
  readonly options: { readonly documentSelector: readonly object[]; readonly initializationOptions: object };
}

const EXTENSION = join(REPO, "editors/vscode/extension.js");
const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const realLoad = moduleInternals._load;

afterEach(() => {
  moduleInternals._load = realLoad;
});

/** Activates the extension with these settings; what it handed the language client. */
function activate(settings: Record<string, unknown>): ClientArguments[] {
  const created: ClientArguments[] = [];
  class LanguageClient {
    constructor(id: string, _name: string, server: ClientArguments["server"], options: ClientArguments["options"]) {
      created.push({ id, server, options });
    }
    start(): Promise<void> {
      return Promise.resolve();
    }
  }
  const vscode = { workspace: { getConfiguration: (section: string) => ({ get: (key: string) => settings[`${section}.${key}`] }) } };
  moduleInternals._load = (request: string, ...rest: unknown[]) =>
    request === "vscode" ? vscode : request === "vscode-languageclient/node" ? { LanguageClient } : realLoad(request, ...rest);
  const require = createRequire(import.meta.url);
  delete require.cache[EXTENSION];
  (require(EXTENSION) as { activate: () => unknown }).activate();
  return created;
}

test("by default: `bioimage-specs lsp --stdio` for YAML and JSON documents", () => {
  const [client] = activate({});
  expect(client?.server).toEqual({ command: "bioimage-specs", args: ["lsp", "--stdio"] });
  expect(client?.options.documentSelector).toEqual(
    expect.arrayContaining([
      { scheme: "file", language: "yaml" },
      { scheme: "file", language: "json" },
    ]),
  );
  expect(client?.options.initializationOptions).toEqual({});
});

test("the settings' command starts the language server, with the settings' initialization options", async () => {
  const [client] = activate({
    "bioimageSpecs.server.command": process.execPath,
    "bioimageSpecs.server.args": ["--import", "tsx", join(REPO, "src/cli/bin.ts")],
    "bioimageSpecs.initializationOptions": { debounceMs: 0 },
  });
  expect(client?.server.args.slice(-2)).toEqual(["lsp", "--stdio"]);
  const server = new LspClient([client?.server.command ?? "", ...(client?.server.args ?? [])]);
  try {
    const result = await server.request<{ serverInfo: { name: string } }>("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: client?.options.initializationOptions,
    });
    expect(result.serverInfo.name).toBe("bioimage-specs");
    await server.request("shutdown", null);
    server.notify("exit", null);
    expect(await server.exited).toBe(0);
  } finally {
    server.kill();
  }
});
