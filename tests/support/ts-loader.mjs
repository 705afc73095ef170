// Lets a plain `node` child process run Cairn's TypeScript sources (for tests
// that must kill a real writer mid-write). Types are stripped with the
// TypeScript compiler's transpileModule; nothing is type-checked here.
import { register } from 'node:module';

register(new URL('./ts-loader-hooks.mjs', import.meta.url));
