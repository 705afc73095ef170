// Node loader hook for the main smoke test: `electron` resolves to a recording
// fake so the *built* main bundle can boot in plain Node.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier === 'electron') {
          return { url: ${JSON.stringify(new URL('./fake-electron.mjs', import.meta.url).href)}, shortCircuit: true };
        }
        return next(specifier, context);
      }
    `),
);
