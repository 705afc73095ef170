import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

const FILE = 'background.json';
const fileSchema = z.strictObject({ keepRunning: z.boolean() });

/**
 * "Keep running in the background when the window is closed". Main keeps it in
 * a file of its own, in clear: it must be known before any unlock (the window
 * can be closed at the lock screen), and it says nothing about the person.
 */
export class BackgroundSetting {
  private listeners = new Set<(keepRunning: boolean) => void>();

  private constructor(
    private readonly file: string,
    private value: boolean,
  ) {}

  /** Off when absent or unreadable: reminders are opt-in, and so is a process that outlives its window. */
  static async load(dataDir: string): Promise<BackgroundSetting> {
    const file = join(dataDir, FILE);
    const stored = await readFile(file, 'utf8')
      .then((text) => fileSchema.safeParse(JSON.parse(text)))
      .catch(() => null);
    return new BackgroundSetting(file, stored?.success ? stored.data.keepRunning : false);
  }

  get keepRunning(): boolean {
    return this.value;
  }

  async set(keepRunning: boolean): Promise<boolean> {
    await writeFileAtomic(this.file, JSON.stringify({ keepRunning }));
    this.value = keepRunning;
    for (const listener of this.listeners) listener(keepRunning);
    return keepRunning;
  }

  onChange(listener: (keepRunning: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
