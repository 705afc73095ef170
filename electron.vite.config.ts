import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * `electron-vite build --outDir X` moves main and preload only; parallel
 * builds (and the harness's CAIRN_OUT_DIR) need the renderer beside them.
 */
function outRoot(): string {
  const flag = process.argv.indexOf('--outDir');
  return process.env.CAIRN_OUT_DIR ?? (flag > 0 ? process.argv[flag + 1] : undefined) ?? 'out';
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outRoot(), 'main'),
      // The Argon2 worker is its own entry: worker_threads loads it from out/main/argon2-worker.js.
      lib: { entry: { index: resolve('electron/main/index.ts'), 'argon2-worker': resolve('electron/main/vault/argon2-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(outRoot(), 'preload'),
      lib: { entry: resolve('electron/preload/index.ts') },
      // A sandboxed preload cannot be an ES module.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      outDir: resolve(outRoot(), 'renderer'),
      emptyOutDir: true,
      // CAIRN_MINIFY=0 keeps function names, so a CPU profile (BENCH_PROFILE=1 npm run bench) can be read.
      minify: process.env.CAIRN_MINIFY !== '0',
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [
      react(),
      {
        // Runs last so the CLI's --outDir (which electron-vite resolves inside src/renderer) cannot win.
        name: 'cairn-renderer-out-dir',
        enforce: 'post',
        config(config) {
          config.build = { ...config.build, outDir: resolve(outRoot(), 'renderer') };
        },
      },
    ],
  },
});
