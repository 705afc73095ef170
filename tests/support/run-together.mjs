#!/usr/bin/env node
/**
 * Runs npm scripts at the same time and fails if any fails: `npm test`'s
 * typecheck, lint and build are each mostly one thread, so on a 2-core
 * machine side by side they take the time of the longest (~50 s) instead of
 * the sum (~90 s). Each script's output is printed whole when it ends, so the
 * logs do not interleave.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: run-together.mjs <npm script>...');
  process.exit(2);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const runs = scripts.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(npm, ['run', name], { shell: process.platform === 'win32', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
      child.on('close', (code) => {
        process.stdout.write(Buffer.concat(output));
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        console.log(`run-together: ${name} ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s`);
        resolve(code === 0);
      });
    }),
);

const passed = await Promise.all(runs);
process.exit(passed.every(Boolean) ? 0 : 1);
