import { z } from 'zod';
import { crisisContact, safetyPlanRecord, type CrisisContact } from '../../../shared/domain/safety-plan';
import type { SafetyPlanFields } from './useSafetyPlan';

/** What the plan form holds: the plan's own fields, contacts as typed (untrimmed, possibly blank rows). */
export type PlanFormValues = SafetyPlanFields;

const typedRow = z.object({ name: z.string(), phone: z.string(), note: z.string() });

/**
 * A contacts section as typed -> as stored. Rows left completely empty are
 * dropped; every other row is trimmed and judged by the stored record's own
 * schema, with each message put on the row and field it is about (the index is
 * the row's place in the form, counted before blank rows are dropped).
 */
function contactRows(stored: z.ZodType<CrisisContact[]>) {
  return z.array(typedRow).transform((rows, ctx) => {
    const kept: CrisisContact[] = [];
    rows.forEach((row, index) => {
      const trimmed = { name: row.name.trim(), phone: row.phone.trim(), note: row.note.trim() };
      if (!trimmed.name && !trimmed.phone && !trimmed.note) return;
      const parsed = crisisContact.safeParse(trimmed);
      if (parsed.success) kept.push(parsed.data);
      else for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
    });
    // The section's own limit (how many contacts), said on the section.
    const whole = stored.safeParse(kept);
    if (!whole.success) for (const issue of whole.error.issues) if (issue.path.length === 0) ctx.addIssue({ code: 'custom', message: issue.message });
    return kept;
  });
}

const shape = safetyPlanRecord.shape;

/** The safety plan form's schema: the stored record's rules, so the form and storage never disagree. */
export const planForm = z.object({
  warningSigns: shape.warningSigns,
  copingOnMyOwn: shape.copingOnMyOwn,
  distractions: shape.distractions,
  peopleToAsk: contactRows(shape.peopleToAsk),
  professionals: contactRows(shape.professionals),
  saferSurroundings: shape.saferSurroundings,
  reasonsForLiving: shape.reasonsForLiving,
});

/** The longest text each part takes, for refusing a paste before the browser lays it out. */
export const SECTION_LIMIT = shape.warningSigns.maxLength ?? 5_000;
export const CONTACT_LIMITS = {
  name: crisisContact.shape.name.maxLength ?? 120,
  phone: crisisContact.shape.phone.maxLength ?? 40,
  note: crisisContact.shape.note.maxLength ?? 300,
} as const;
