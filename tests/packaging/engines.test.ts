import { existsSync, readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/*
 * `npm ci` prints EBADENGINE for every installed package whose `engines.node`
 * the running Node does not satisfy. The README names the Node a newcomer
 * should use; on that version the install must print no engine warning, and
 * package.json's `engines` must say the same version. (On Node 20 the README
 * lists the warnings a person will see; that list is checked too.)
 */
const readme = readFileSync('README.md', 'utf8');
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; engines: { node: string } };

/** Packages npm would check: the root and every lock entry installed here (other platforms' optional packages are skipped by npm too). */
function warnedOn(version: string): string[] {
  return Object.entries(lock.packages)
    .filter(([where]) => where === '' || existsSync(where))
    .flatMap(([where, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!range || semver.satisfies(version, range)) return [];
      return [where === '' ? pkg.name : where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)];
    })
    .sort();
}

const named = /\*\*Node\.js:\*\* (\d+\.\d+) or newer/.exec(readme)?.[1];

describe('the Node.js the README names', () => {
  it('is named, and package.json engines asks for exactly it', () => {
    expect(named).toBeDefined();
    expect(semver.minVersion(pkg.engines.node)?.version).toBe(`${named}.0`);
  });

  it('installs without a single engine warning', () => {
    expect(warnedOn(`${named}.0`)).toEqual([]);
  });

  it('on Node 20.19 the README lists exactly the packages that warn', () => {
    const paragraph = /Node 20\.19 – [\s\S]*?engine-strict/.exec(readme)?.[0] ?? '';
    const listed = [...paragraph.matchAll(/`([@a-z0-9/._-]+)`/g)].map((m) => m[1]!).filter((name) => name !== 'EBADENGINE' && name !== 'npm install' && name !== 'engine-strict');
    expect(listed.sort()).toEqual(warnedOn('20.19.0'));
  });
});
