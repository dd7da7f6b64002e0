// A minimal VS Code extension that starts `bioimage-specs lsp --stdio` for YAML and JSON documents; the server
// validates those that are bioimage.io descriptions, Fractal manifests, copick or Croissant documents and leaves
// the others alone. Not published: see the README's "Language server" section to install it from this folder.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

const DOCUMENTS = [
  { scheme: "file", language: "yaml" },
  { scheme: "file", language: "json" },
  { scheme: "untitled", language: "yaml" },
  { scheme: "untitled", language: "json" },
  { scheme: "file", pattern: "**/*.{ndjson,jsonl,csv}" },
];

let client;

function serverOptions(config) {
  return { command: config.get("server.command") || "bioimage-specs", args: [...(config.get("server.args") || []), "lsp", "--stdio"] };
}

function activate() {
  const config = vscode.workspace.getConfiguration("bioimageSpecs");
  client = new LanguageClient("bioimageSpecs", "bioimage-specs", serverOptions(config), {
    documentSelector: DOCUMENTS,
    initializationOptions: config.get("initializationOptions") || {},
  });
  return client.start();
}

function deactivate() {
  return client === undefined ? undefined : client.stop();
}

module.exports = { activate, deactivate };
