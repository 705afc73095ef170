import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir` whose raw bytes contain `marker` as UTF-8 or UTF-16LE (how Chromium stores strings). */
export function filesContaining(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const hits: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const file = path.join(current, name);
      const info = statSync(file, { throwIfNoEntry: false });
      if (!info) continue;
      if (info.isDirectory()) walk(file);
      else if (info.isFile()) {
        const bytes = readFileSync(file);
        if (needles.some((needle) => bytes.includes(needle))) hits.push(file);
      }
    }
  };
  walk(dir);
  return hits;
}
