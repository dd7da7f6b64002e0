// `bioimage-specs lsp --stdio`: a language server with the full rules in every editor. Every open bioimage.io
// description, Fractal manifest, copick config or picks file and Croissant metadata.json is validated as the CLI
// validates the file (documents.ts, diagnostics.ts); hover, completion and code actions come from the specs
// (hover.ts, completion.ts, code-actions.ts). Node-only; the CLI loads it only for this command.
import {
  type Connection,
  createConnection,
  type InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
} from "vscode-languageserver/node";
import { TOOL_NAME, TOOL_VERSION } from "../engine/summary/summary.js";
import { CODE_ACTION_KINDS, codeActions } from "./code-actions.js";
import { complete } from "./completion.js";
import { fileHashCache } from "./diagnostics.js";
import { Documents } from "./documents.js";
import { hover } from "./hover.js";
import { readSettings, type ServerSettings } from "./settings.js";

/** Wires the capabilities to `connection` (the stdio one, or a test's). */
export function serve(connection: Connection): void {
  let settings: ServerSettings = readSettings(undefined);
  const hashCache = fileHashCache();
  const documents = new Documents(connection, () => settings, hashCache);
  connection.onInitialize((params): InitializeResult => {
    settings = readSettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [":", " ", '"', "-"] },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      },
      serverInfo: { name: TOOL_NAME, version: TOOL_VERSION },
    };
  });
  documents.listen();
  connection.onHover(async ({ textDocument, position }) => {
    const state = documents.get(textDocument.uri);
    return state ? hover(documents, state, position) : null;
  });
  connection.onCompletion(async ({ textDocument, position }) => {
    const state = documents.get(textDocument.uri);
    return state ? complete(documents, state, position) : [];
  });
  connection.onCodeAction(async (params) => {
    const state = documents.get(params.textDocument.uri);
    return state ? codeActions(documents, state, params, hashCache) : [];
  });
  connection.listen();
}

/** The server on stdin/stdout (the only transport editors need; `--stdio` is what they pass). */
export function runLanguageServer(): void {
  serve(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
}
