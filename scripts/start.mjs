#!/usr/bin/env node
/*
 * `npm start`: make sure the Electron runtime is on this machine, then build
 * and open Cairn with `electron-vite preview`.
 *
 * Why a launcher: the electron package downloads its ~100 MB binary lazily, on
 * the first require('electron'), but electron-vite reads node_modules/electron/
 * path.txt itself and dies with "Electron uninstall" before that ever happens.
 * So we run Electron's own installer (node_modules/electron/install.js) first,
 * say so once, and hand the binary's path to electron-vite (ELECTRON_EXEC_PATH).
 * Offline, it ends with one plain message instead of a stack trace.
 *
 * Plain JavaScript with no dependencies, so it runs before anything is built
 * and on a Node too old for the rest of the toolchain (to say so).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUIET_ERRORS = pathToFileURL(path.join(ROOT, 'scripts', 'electron-install-errors.mjs')).href;

/** Vite 8 and rolldown need this; older Node cannot even build Cairn. */
const NODE_MINIMUM = [20, 19];

export const DOWNLOADING = [
  'Cairn runs inside Electron, a desktop runtime of about 100 MB that is downloaded once,',
  'the first time you start Cairn, and kept in node_modules/electron/dist.',
  'Downloading it now with Electron\'s installer (a progress bar appears if it takes more than 30 seconds)…',
].join('\n');

/** The one message `npm start` ends with when the runtime cannot be downloaded. */
export function missingRuntimeMessage(cause) {
  return [
    '',
    'Cairn cannot start yet: the Electron runtime is missing.',
    '',
    'Cairn runs inside Electron, a desktop runtime of about 100 MB. npm install does not fetch it;',
    'it is downloaded once, the first time you start Cairn, and this computer could not download it',
    `(${cause}).`,
    '',
    'When you are online, run:',
    '',
    '    npm start',
    '',
    'It downloads the runtime once and opens Cairn. (To fetch the runtime alone: node node_modules/electron/install.js)',
    '',
  ].join('\n');
}

export function oldNodeMessage(version) {
  return [
    '',
    `Cairn cannot start on Node.js ${version}: its build tools need Node.js 20.19 or newer, and Electron 45 asks for 22.12 or newer.`,
    '',
    'Install Node.js 22 (the current LTS) from https://nodejs.org, or with nvm:',
    '',
    '    nvm install 22',
    '',
    'then, in this folder:',
    '',
    '    npm ci && npm start',
    '',
  ].join('\n');
}

export function isNodeTooOld(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major < NODE_MINIMUM[0] || (major === NODE_MINIMUM[0] && minor < NODE_MINIMUM[1]);
}

/**
 * The Electron binary, or null when it was never downloaded. ELECTRON_EXEC_PATH
 * (electron-vite's own override) wins, as it does inside electron-vite.
 */
export function findElectron(electronDir, env) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Runs a command with the terminal attached; resolves to its exit code. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Electron's own installer, its progress bar on our terminal. It prints a
 * stack trace when the download fails; the preload keeps that in a file, and
 * the first line becomes the cause in our message.
 */
export async function downloadElectron(electronDir, env) {
  const logDir = mkdtempSync(path.join(tmpdir(), 'cairn-electron-install-'));
  const log = path.join(logDir, 'errors.log');
  try {
    const code = await run(process.execPath, ['--import', QUIET_ERRORS, path.join(electronDir, 'install.js')], {
      ...env,
      CAIRN_INSTALL_ERROR_LOG: log,
    });
    if (code === 0) return { ok: true };
    const first = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n')[0] : '';
    return { ok: false, cause: describeCause(first) };
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}

/** "TypeError: fetch failed" -> "the download failed: fetch failed". */
export function describeCause(errorLine) {
  const detail = errorLine.replace(/^\w*Error:\s*/, '').trim();
  return detail ? `the download failed: ${detail}` : 'the download failed';
}

/** `electron-vite preview` (build, then open the app) with the binary we found. */
export function preview(electronPath, args, env) {
  const cli = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  return run(process.execPath, [cli, 'preview', ...args], { ...env, ELECTRON_EXEC_PATH: electronPath });
}

/**
 * The whole start path, with its effects injected so tests can fake the
 * download and the preview. Resolves to the exit code.
 */
export async function start({
  args = [],
  env = process.env,
  nodeVersion = process.version,
  electronDir = env.CAIRN_ELECTRON_DIR ?? path.join(ROOT, 'node_modules', 'electron'),
  download = downloadElectron,
  open = preview,
  say = (text) => console.log(text),
  complain = (text) => console.error(text),
} = {}) {
  if (isNodeTooOld(nodeVersion)) {
    complain(oldNodeMessage(nodeVersion));
    return 1;
  }
  let electron = findElectron(electronDir, env);
  if (!electron) {
    say(DOWNLOADING);
    const result = await download(electronDir, env);
    electron = result.ok ? findElectron(electronDir, env) : null;
    if (!electron) {
      complain(missingRuntimeMessage(result.ok ? 'the installer finished but left no runtime behind' : result.cause));
      return 1;
    }
    say('The Electron runtime is ready.\n');
  }
  return open(electron, args, env);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await start({ args: process.argv.slice(2) });
}
