import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTIONS } from '../../../shared/summary/sections';
import { summaryOptionsForm } from './options-form';

const TODAY = '2026-11-25';
const options = (from: string, to: string) => ({
  from,
  to,
  audience: 'prescriber' as const,
  sections: DEFAULT_SECTIONS.prescriber,
  name: '',
  includeEntryText: false,
  paper: 'A4' as const,
});
const issues = (from: string, to: string) =>
  summaryOptionsForm(TODAY).safeParse(options(from, to)).error?.issues.map((i) => ({ field: i.path[0], message: i.message })) ?? [];

describe('the summary options schema', () => {
  it('takes a period that has happened', () => {
    expect(summaryOptionsForm(TODAY).safeParse(options('2026-10-29', TODAY)).success).toBe(true);
  });

  it('puts a period problem on the date it is about', () => {
    expect(issues('2026-11-26', TODAY)).toEqual([{ field: 'from', message: 'The start date is after the end date.' }]);
    expect(issues('2026-11-01', '2026-11-30')).toEqual([
      { field: 'to', message: 'The end date is in the future; a summary covers days that have happened.' },
    ]);
    expect(issues('', TODAY)).toEqual([{ field: 'from', message: 'Choose a start date.' }]);
    expect(issues('2026-11-01', '')).toEqual([{ field: 'to', message: 'Choose an end date.' }]);
    expect(issues('2024-01-01', TODAY)).toEqual([{ field: 'from', message: 'Choose a period of at most one year, so the summary stays short.' }]);
  });

  it('refuses a name longer than the field allows', () => {
    const long = { ...options('2026-10-29', TODAY), name: 'x'.repeat(121) };
    expect(summaryOptionsForm(TODAY).safeParse(long).error?.issues[0]?.path).toEqual(['name']);
  });
});
