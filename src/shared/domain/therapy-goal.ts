import { z } from 'zod';
import { isoDay, recordBase } from './record';
import { modality, requiredText, scale, text } from './therapy-fields';

export const GOAL_STATUSES = ['active', 'paused', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

export const goalCheckIn = z.object({
  id: z.string().min(1).max(64),
  date: isoDay,
  score: scale('Progress', 0, 10),
  note: text('The note', 2_000),
});
export type GoalCheckIn = z.output<typeof goalCheckIn>;

/** A therapy goal. Undated as a record: it spans months, its check-ins carry the days. */
export const therapyGoal = recordBase
  .extend({
    kind: z.literal('therapy.goal'),
    title: requiredText('The title', 200, 'Give the goal a title.'),
    why: text('Why it matters', 5_000),
    modality: modality.optional(),
    startDate: isoDay,
    targetDate: isoDay.optional(),
    status: z.enum(GOAL_STATUSES, { error: 'Choose a status from the list.' }),
    checkIns: z.array(goalCheckIn).max(5_000, 'This goal has too many check-ins to store.'),
  })
  .refine((g) => !g.targetDate || g.targetDate >= g.startDate, {
    message: 'The target date is before the start date.',
    path: ['targetDate'],
  })
  .refine((g) => g.checkIns.every((c) => c.date >= g.startDate), {
    message: 'A check-in is dated before the goal’s start date.',
    path: ['checkIns'],
  });
export type TherapyGoal = z.output<typeof therapyGoal>;
