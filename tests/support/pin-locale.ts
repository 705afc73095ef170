/*
 * Unit tests read dates and times in one locale (British English: "25 Nov
 * 2026", "08:00"), whatever the machine's own is; the app itself uses the
 * person's locale. Registered in vitest.config.ts as a setup file.
 */
import { setDefaultLocale } from '../../src/shared/time/format';

setDefaultLocale('en-GB');
