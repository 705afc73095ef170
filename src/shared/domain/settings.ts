import { z } from 'zod';
import { recordBase } from './record';

export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30, 60] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

/** How Cairn looks: follow the computer, or always light or dark. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The user's settings live in the vault like everything else (one record, fixed id). */
export const settingsRecord = recordBase.extend({
  kind: z.literal('settings'),
  id: z.literal('settings'),
  autoLockMinutes: z.number().int().min(1).max(240),
  /** The name printed on appointment summaries, remembered between visits. */
  summaryName: z.string().max(120, 'Keep the name under 120 characters.').optional(),
  /** Absent on records written before Appearance existed: those follow the system. */
  theme: z.enum(THEME_CHOICES).optional(),
  /** Morning and evening check-ins instead of one a day; absent (off) until the person turns it on. */
  checkinTwiceADay: z.boolean().optional(),
});

export type SettingsRecord = z.output<typeof settingsRecord>;
