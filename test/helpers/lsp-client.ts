// A JSON-RPC client over stdio for the language server, as an editor talks to it: Content-Length framed messages,
// requests matched to their responses by id, and the server's notifications kept for waiting on.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./fixture-codegen.js";

interface Message {
  readonly jsonrpc: "2.0";
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

export interface Notification {
  readonly method: string;
  readonly params: unknown;
}

export class LspClient {
  static readonly FROM_SOURCES: readonly string[] = [process.execPath, "--import", "tsx", join(REPO, "src/cli/bin.ts"), "lsp", "--stdio"];
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly waiters: { test: (n: Notification) => boolean; resolve: (n: Notification) => void }[] = [];
  readonly notifications: Notification[] = [];
  stderr = "";
  readonly exited: Promise<number | null>;

  /** The server as the CLI starts it (`lsp --stdio`), run from the sources, or `command` (e.g. the built bundle). */
  constructor(command: readonly string[] = LspClient.FROM_SOURCES, env: Readonly<Record<string, string>> = {}) {
    this.child = spawn(command[0] as string, command.slice(1), {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) {
        return;
      }
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) {
        return;
      }
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // a request from the server (workspace/configuration, client/registerCapability, ...): answered empty
      this.write({ jsonrpc: "2.0", id: message.id, result: null });
      return;
    }
    if (message.method !== undefined) {
      const notification = { method: message.method, params: message.params };
      this.notifications.push(notification);
      const waiter = this.waiters.findIndex((w) => w.test(notification));
      if (waiter >= 0) {
        this.waiters.splice(waiter, 1)[0]?.resolve(notification);
      }
      return;
    }
    const pending = this.pending.get(Number(message.id));
    this.pending.delete(Number(message.id));
    if (message.error) {
      pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
    } else {
      pending?.resolve(message.result);
    }
  }

  private write(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.write({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: "2.0", method, params });
  }

  /** The next notification (from now on, or already received after `since`) that passes `test`. */
  waitFor(test: (n: Notification) => boolean, timeoutMs = 20_000, since = this.notifications.length): Promise<Notification> {
    const seen = this.notifications.slice(since).find(test);
    if (seen !== undefined) {
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching notification within ${timeoutMs} ms; stderr:\n${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (n) => {
          clearTimeout(timer);
          resolve(n);
        },
      });
    });
  }

  /** The diagnostics the server publishes next for `uri` (at `version`, when given). */
  async diagnostics(uri: string, version?: number, since?: number): Promise<PublishedDiagnostic[]> {
    const n = await this.waitFor(
      (m) =>
        m.method === "textDocument/publishDiagnostics" &&
        (m.params as { uri: string }).uri === uri &&
        (version === undefined || (m.params as { version?: number }).version === version),
      20_000,
      since,
    );
    return (n.params as { diagnostics: PublishedDiagnostic[] }).diagnostics;
  }

  kill(): void {
    this.child.kill("SIGKILL");
  }
}

export interface PublishedDiagnostic {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly severity: number;
  readonly code?: string;
  readonly codeDescription?: { readonly href: string };
  readonly source?: string;
  readonly message: string;
  readonly data?: unknown;
}
