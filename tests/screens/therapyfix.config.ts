import { defineConfig } from '@playwright/test';
import type { CairnFixtures } from '../e2e/fixtures';
import base from './playwright.config';

/** The screens config for tests/screens/therapyfix.spec.ts only (the shared config matches screens.spec.ts alone). */
export default defineConfig<Pick<CairnFixtures, 'target' | 'pictures'>>(base, { testMatch: 'therapyfix.spec.ts', outputDir: '../../test-results-therapyfix-screens' });
