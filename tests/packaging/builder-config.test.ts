import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNIT_BUILDER } from '../timeouts';

/*
 * What can be checked here without an Electron binary or network: the
 * electron-builder configuration against electron-builder's own validator and
 * schema, what its `files` globs put in the asar, the fuses, the icons and the
 * bundled licences. `npm run dist` itself needs a machine with network.
 */
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const { minimatch } = { minimatch: require('minimatch') as (file: string, pattern: string, options?: object) => boolean };

interface BuilderConfig {
  files: string[];
  afterPack: string;
  directories: { buildResources: string };
  linux: { icon: string; target: string[]; category: string };
  mac: { icon: string; target: string; category: string };
  win: { icon: string; target: string };
  extraResources: { from: string; to: string }[];
  publish: null;
  [key: string]: unknown;
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

async function validate(candidate: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(candidate, new DebugLogger(false));
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own validation (its scheme.json); a misspelt key does not', { timeout: UNIT_BUILDER }, async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, linux: { ...config.linux, categroy: 'Office' } })).rejects.toThrow(/Invalid configuration/);
  });

  it('builds AppImage and deb, dmg, and NSIS, names the app, publishes nowhere', () => {
    expect(config).toMatchObject({ appId: 'app.cairn.journal', productName: 'Cairn', publish: null, asar: true });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    expect(config.linux.category).toBeTruthy();
    expect(config.mac.category).toMatch(/^public\.app-category\./);
  });
});

/** Applies electron-builder's `files` semantics (in order; "!" excludes) to a path relative to the project. */
const packed = (file: string) =>
  config.files.reduce((keep, pattern) => {
    const negated = pattern.startsWith('!');
    const glob = negated ? pattern.slice(1) : pattern;
    return minimatch(file, glob, { dot: true }) ? !negated : keep;
  }, false);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

describe('what goes into the asar', () => {
  const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const built = existsSync('out') ? walk('out') : [];

  it('the built bundles and package.json', () => {
    expect(built.length, 'run `npx electron-vite build` first').toBeGreaterThan(0);
    for (const file of ['out/main/index.js', 'out/main/argon2-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']) {
      expect(packed(file), file).toBe(true);
    }
  });

  it('no source, tests, bench, docs, fixtures, scripts, resources sources or source maps', () => {
    const inAsar = [...tracked, ...built].filter(packed);
    expect(inAsar.filter((f) => !f.startsWith('out/') && f !== 'package.json')).toEqual([]);
    expect(packed('out/main/index.js.map')).toBe(false);
    expect(packed('node_modules/zod/index.js.map')).toBe(false);
    expect(packed('node_modules/some-lib/test/spec.js')).toBe(false);
    for (const dir of ['tests/', 'bench/', 'docs/', 'src/', 'electron/', 'scripts/', 'tests/fixtures/']) {
      expect(tracked.some((f) => f.startsWith(dir) && packed(f)), dir).toBe(false);
    }
  });

  it('every package the built main process imports is a production dependency (so it is in the asar)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const mainFiles = walk('out/main').filter((f) => f.endsWith('.js'));
    const imported = new Set(
      mainFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*"([^".][^"]*)"/g)].map((m) => m[1]!)),
    );
    const packages = [...imported]
      .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name) && name !== 'electron')
      .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!));
    expect(packages.length).toBeGreaterThan(0);
    for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });

  it('bundles the third-party licences, listing every production package in the lock file', () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/licences/third-party-licences.txt', to: 'third-party-licences.txt' });
    const text = readFileSync('resources/licences/third-party-licences.txt', 'utf8');
    const listed = JSON.parse(readFileSync('src/shared/third-party-licences.json', 'utf8')) as { name: string; version: string }[];
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean; optional?: boolean; version: string }> };
    const production = Object.entries(lock.packages).filter(([where, meta]) => where.startsWith('node_modules/') && !meta.dev && !meta.optional);
    for (const [where, meta] of production) {
      const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
      expect(listed, `${name} — run npm run licences`).toContainEqual(expect.objectContaining({ name, version: meta.version }));
      expect(text).toContain(`${name} ${meta.version}`);
    }
  });
});

describe('Electron fuses (flipped by the afterPack hook)', () => {
  const { fuseConfig } = require('../../scripts/fuses.cjs') as { fuseConfig: Record<string, unknown> };
  const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };
  const fuse = (name: string) => fuseConfig[String(FuseV1Options[name])];

  it('are the ones the issue names', () => {
    expect(fuse('RunAsNode')).toBe(false);
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(fuse('EnableNodeCliInspectArguments')).toBe(false);
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
    expect(fuse('OnlyLoadAppFromAsar')).toBe(true);
    expect(fuse('EnableCookieEncryption')).toBe(true);
    expect(fuse('GrantFileProtocolExtraPrivileges')).toBe(false);
    expect(fuseConfig.strictlyRequireAllFuses).toBe(true);
  });

  it('decide every fuse this @electron/fuses knows', () => {
    for (const name of Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)))) expect(typeof fuse(name), name).toBe('boolean');
  });

  it('are applied by the afterPack hook electron-builder runs, to the packaged executable', () => {
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
    const hook = require('../../scripts/after-pack.cjs') as { default: unknown; executablePath: (c: unknown) => string };
    expect(typeof hook.default).toBe('function');
    const context = (platform: string) => ({
      electronPlatformName: platform,
      appOutDir: '/pack',
      packager: { appInfo: { productFilename: 'Cairn' }, executableName: 'cairn' },
    });
    expect(hook.executablePath(context('darwin'))).toBe(path.join('/pack', 'Cairn.app'));
    expect(hook.executablePath(context('win32'))).toBe(path.join('/pack', 'Cairn.exe'));
    expect(hook.executablePath(context('linux'))).toBe(path.join('/pack', 'cairn'));
  });
});

/** Sizes in a PNG header. */
const pngSize = (data: Buffer) => ({ width: data.readUInt32BE(16), height: data.readUInt32BE(20) });

describe('icons exist in every size the configuration names', () => {
  it('Linux: a PNG per size in the icon folder, each really that size', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = path.join(config.linux.icon, `${size}x${size}.png`);
      expect(pngSize(readFileSync(file)), file).toEqual({ width: size, height: size });
    }
  });

  it('Windows: the .ico holds 16 to 256 px images', () => {
    const ico = readFileSync(config.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const at = 6 + 16 * i;
      const image = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      return pngSize(image).width;
    });
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('macOS: the .icns holds 16 to 1024 px images', () => {
    const icns = readFileSync(config.mac.icon);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes: number[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) sizes.push(pngSize(icns.subarray(at + 8)).width);
    expect(new Set(sizes)).toEqual(new Set([16, 32, 64, 128, 256, 512, 1024]));
  });
});
