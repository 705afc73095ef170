/*
 * Preloaded (node --import) into Electron's installer by scripts/start.mjs.
 * The installer reports a failed download by printing the error's stack trace
 * with console.error; the launcher explains the failure in plain words, so the
 * stack goes to the file it names instead. The progress bar writes to stderr
 * directly and still shows.
 */
import { appendFileSync } from 'node:fs';
import { format } from 'node:util';

const log = process.env.CAIRN_INSTALL_ERROR_LOG;
if (log) console.error = (...args) => appendFileSync(log, `${format(...args)}\n`);
