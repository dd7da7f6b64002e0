// The open documents (synchronised incrementally) and when they are validated: at once when opened or saved,
// after a pause in typing (debounced) when changed, one validation per document at a time (a change during one
// is validated after it). When the checks that read files (IO checks, checksums) take longer than `ioWaitMs`,
// the document's own diagnostics are published first, with those checks' last findings, and the complete set
// when they end. A document that stops parsing keeps its last good diagnostics, moved with the lines edited
// above them, plus the parse error.
import type { Connection, Diagnostic, TextDocumentContentChangeEvent } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { HashCache } from "../bioimageio/io-checks.js";
import { type ParsedSource, ParseError } from "../engine/load/parse.js";
import { detectKind, type DocumentKind } from "../kinds/registry.js";
import { basename } from "node:path";
import { isReservedName } from "../bioimageio/file-refs.js";
import { type Analysis, analyse, isOurs, type OpenText, parseErrorDiagnostic, parseText, pathOf } from "./diagnostics.js";
import type { ServerSettings } from "./settings.js";

export interface OpenDocument {
  readonly document: TextDocument;
  /** The last validation of a version that parsed. */
  analysis: Analysis | undefined;
  /** The diagnostics of that validation, moved with the edits since. */
  lastGood: Diagnostic[];
  timer: NodeJS.Timeout | undefined;
  running: boolean;
  /** Changed while a validation ran: validate again when it ends. */
  stale: boolean;
  snapshot?: Snapshot;
  /** Which diagnostics of `analysis` (by `identity`) came from reading files. */
  fileFindings?: { readonly version: number; readonly keys: readonly string[] };
}

/** A diagnostic's identity across versions (its range moves with edits; its code and message do not). */
const identity = (d: Diagnostic): string => `${String(d.code)}\u0000${d.message}`;

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface Snapshot {
  readonly version: number;
  readonly path: string;
  readonly onDisk: boolean;
  /** The current text parsed, when it parses. */
  readonly source: ParsedSource | undefined;
  /** The current content, or the last that parsed. */
  readonly value: unknown;
  /** undefined for documents that are not ours (`isOurs`). */
  readonly kind: DocumentKind | undefined;
}

/** `diagnostics` moved down or up by the lines each change added or removed above them. */
function moveWithEdits(diagnostics: Diagnostic[], changes: readonly TextDocumentContentChangeEvent[]): Diagnostic[] {
  let moved = diagnostics;
  for (const change of changes) {
    if (!("range" in change)) {
      continue; // the whole text replaced: nothing to follow
    }
    const delta = (change.text.match(/\n/g)?.length ?? 0) - (change.range.end.line - change.range.start.line);
    if (delta === 0) {
      continue;
    }
    const below = change.range.end.line;
    moved = moved.map((d) =>
      d.range.start.line > below
        ? {
            ...d,
            range: {
              start: { line: d.range.start.line + delta, character: d.range.start.character },
              end: { line: d.range.end.line + delta, character: d.range.end.character },
            },
          }
        : d,
    );
  }
  return moved;
}

export class Documents {
  private readonly open = new Map<string, OpenDocument>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: () => ServerSettings,
    private readonly hashCache: HashCache,
  ) {}

  get(uri: string): OpenDocument | undefined {
    return this.open.get(uri);
  }

  listen(): void {
    this.connection.onDidOpenTextDocument(({ textDocument }) => {
      const document = TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
      const state: OpenDocument = { document, analysis: undefined, lastGood: [], timer: undefined, running: false, stale: false };
      this.open.set(textDocument.uri, state);
      void this.validate(state);
    });
    this.connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const state = this.open.get(textDocument.uri);
      if (state === undefined) {
        return;
      }
      TextDocument.update(state.document, contentChanges, textDocument.version);
      state.lastGood = moveWithEdits(state.lastGood, contentChanges);
      clearTimeout(state.timer);
      state.timer = setTimeout(() => void this.validate(state), this.settings().debounceMs);
    });
    this.connection.onDidSaveTextDocument(({ textDocument }) => {
      const state = this.open.get(textDocument.uri);
      if (state !== undefined) {
        clearTimeout(state.timer);
        void this.validate(state); // the files next to it may have changed too
      }
    });
    this.connection.onDidCloseTextDocument(({ textDocument }) => {
      const state = this.open.get(textDocument.uri);
      clearTimeout(state?.timer);
      this.open.delete(textDocument.uri);
      void this.connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    });
  }

  private async validate(state: OpenDocument): Promise<void> {
    if (state.running) {
      state.stale = true;
      return;
    }
    state.running = true;
    try {
      do {
        state.stale = false;
        await this.validateOnce(state);
      } while (state.stale && this.open.get(state.document.uri) === state);
    } catch (error) {
      this.connection.console.error(`${state.document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      state.running = false;
    }
  }

  /**
   * What requests read: the document's content as it is now when it parses (else as it last parsed), its kind,
   * and its parsed source when the current text parses.
   */
  snapshot(state: OpenDocument): Snapshot {
    const { document } = state;
    const { path, onDisk } = pathOf(document);
    if (state.snapshot?.version !== document.version) {
      let source: ParsedSource | undefined = state.analysis?.version === document.version ? state.analysis.source : undefined;
      try {
        source ??= parseText({ uri: document.uri, version: document.version, languageId: document.languageId, text: document.getText() });
      } catch (error) {
        if (!(error instanceof ParseError)) {
          throw error;
        }
      }
      const value = source?.value ?? state.analysis?.source.value;
      const ours = source === undefined ? state.analysis?.ours === true : isOurs(value, path, this.settings());
      const kind = !ours ? undefined : (this.settings().validation.forcedKind ?? detectKind(value, path));
      state.snapshot = { version: document.version, path, onDisk, source, value, kind };
    }
    return state.snapshot;
  }

  private async validateOnce(state: OpenDocument): Promise<void> {
    const { document } = state;
    const settings = this.settings();
    const text: OpenText = { uri: document.uri, version: document.version, languageId: document.languageId, text: document.getText() };
    const publish = async (diagnostics: Diagnostic[]): Promise<void> => {
      if (this.open.get(document.uri) === state) {
        await this.connection.sendDiagnostics({ uri: document.uri, version: text.version, diagnostics });
      }
    };
    try {
      const parsed = parseText(text);
      const full = analyse(text, settings, this.hashCache, true, parsed);
      const prompt = await Promise.race([full, delay(settings.ioWaitMs).then(() => undefined)]);
      if (prompt === undefined) {
        // the checks that read files take a while: the others first, with what those found last time
        const documentOnly = await analyse(text, settings, this.hashCache, false, parsed);
        await publish([...documentOnly.diagnostics, ...(await this.lastFileFindings(state))]);
      }
      const analysis = prompt ?? (await full);
      state.analysis = analysis;
      state.lastGood = analysis.diagnostics;
      await publish(analysis.diagnostics);
    } catch (error) {
      if (!(error instanceof ParseError)) {
        throw error;
      }
      // a text that does not parse is ours when it was before, or by its name
      if (state.analysis?.ours === true || isReservedName(basename(pathOf(document).path))) {
        await publish([...state.lastGood, parseErrorDiagnostic(error, text.text.split("\n"), settings)]);
      }
    }
  }

  /**
   * The diagnostics of the last complete validation that came from reading files (those a validation of the
   * document alone does not give), moved with the edits since.
   */
  private async lastFileFindings(state: OpenDocument): Promise<Diagnostic[]> {
    const analysis = state.analysis;
    if (analysis === undefined || !analysis.readFiles) {
      return [];
    }
    if (state.fileFindings?.version !== analysis.version) {
      const { uri, languageId } = state.document;
      const documentOnly = await analyse(
        { uri, languageId, version: analysis.version, text: analysis.text },
        this.settings(),
        this.hashCache,
        false,
      );
      const counts = new Map<string, number>();
      for (const d of documentOnly.diagnostics) {
        counts.set(identity(d), (counts.get(identity(d)) ?? 0) + 1);
      }
      const keys = analysis.diagnostics.map(identity).filter((key) => {
        const left = counts.get(key) ?? 0;
        counts.set(key, left - 1);
        return left <= 0;
      });
      state.fileFindings = { version: analysis.version, keys };
    }
    const wanted = [...state.fileFindings.keys];
    return state.lastGood.filter((d) => {
      const at = wanted.indexOf(identity(d));
      if (at >= 0) {
        wanted.splice(at, 1);
      }
      return at >= 0;
    });
  }
}
