import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The screens config for tests/screens/kitcheck.spec.ts alone (playwright.config.ts matches screens.spec.ts only). */
export default defineConfig(base, { testMatch: 'kitcheck.spec.ts' });
