import type { ChildProcess } from 'node:child_process';

/*
 * The fixture's end of the bundle-mode link; tests/smoke/bundle-link.mjs is
 * the main process's end and documents the three message shapes.
 */
type Message =
  | { type: 'request'; id: number; method: string; params: unknown }
  | { type: 'response'; id: number; ok: true; value: unknown }
  | { type: 'response'; id: number; ok: false; error: string }
  | { type: 'notify'; method: string; params: unknown };

export class BundleLink {
  #nextId = 1;
  #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #served = new Map<string, (params: never) => unknown>();
  #gone: Error | null = null;

  constructor(private readonly child: ChildProcess) {
    child.on('message', (message: Message) => void this.#receive(message));
    child.on('exit', (code, signal) => {
      this.#gone = new Error(`Main exited (${signal ?? `code ${code}`}).`);
      for (const { reject } of this.#pending.values()) reject(this.#gone);
      this.#pending.clear();
    });
  }

  /** Asks main for something (an IPC invoke, a protocol response, a menu click). */
  request<T>(method: string, params: object = {}): Promise<T> {
    if (this.#gone || !this.child.connected) return Promise.reject(this.#gone ?? new Error('Main is not running.'));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ type: 'request', id, method, params } satisfies Message);
    });
  }

  notify(method: string, params: object = {}): void {
    if (this.child.connected) this.child.send({ type: 'notify', method, params } satisfies Message);
  }

  /** Answers main's requests and notifications for `method` (a page load, a dialog, an event for the page). */
  serve<P>(method: string, fn: (params: P) => unknown): void {
    this.#served.set(method, fn as (params: never) => unknown);
  }

  async #receive(message: Message): Promise<void> {
    if (message.type === 'response') {
      const waiting = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.error));
      return;
    }
    const fn = this.#served.get(message.method);
    if (message.type === 'notify') {
      fn?.(message.params as never);
      return;
    }
    let answer: Message;
    try {
      if (!fn) throw new Error(`The bundle fixture does not answer "${message.method}".`);
      answer = { type: 'response', id: message.id, ok: true, value: await fn(message.params as never) };
    } catch (error) {
      answer = { type: 'response', id: message.id, ok: false, error: (error as Error).message };
    }
    if (this.child.connected) this.child.send(answer);
  }
}
