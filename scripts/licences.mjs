// Writes the third-party licences of everything that ships (production
// dependencies from package-lock.json, no network):
//   resources/licences/third-party-licences.txt  full texts, bundled by electron-builder
//   src/shared/third-party-licences.json          name, version, licence: listed in Help → About Cairn
// Run after `npm ci`: `npm run licences`. A test checks both files list the same packages as the lock file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const shipped = Object.entries(lock.packages)
  .filter(([where, meta]) => where.startsWith('node_modules/') && !meta.dev && !meta.optional)
  .map(([where]) => where)
  .sort();

const entries = [];
const texts = [];
for (const where of shipped) {
  const pkg = JSON.parse(readFileSync(path.join(where, 'package.json'), 'utf8'));
  const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see package');
  if (entries.some((e) => e.name === pkg.name && e.version === pkg.version)) continue;
  entries.push({ name: pkg.name, version: pkg.version, licence });
  const file = existsSync(where) ? readdirSync(where).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f)) : undefined;
  const text = file ? readFileSync(path.join(where, file), 'utf8').trim() : `Licence: ${licence} (no licence file in the package)`;
  texts.push(`${'='.repeat(72)}\n${pkg.name} ${pkg.version} — ${licence}\n${'='.repeat(72)}\n${text}\n`);
}
entries.sort((a, b) => a.name.localeCompare(b.name));

mkdirSync('resources/licences', { recursive: true });
writeFileSync(
  'resources/licences/third-party-licences.txt',
  `Cairn includes the following open-source packages. Their licences follow.\n\n${texts.join('\n')}`,
);
writeFileSync('src/shared/third-party-licences.json', `${JSON.stringify(entries, null, 1)}\n`);
console.log(`${entries.length} packages`);
