import { z } from 'zod';

/** The kinds of talk therapy Cairn knows by name; labels are shown as written here. */
export const MODALITIES = ['cbt', 'dbt', 'erp', 'emdr', 'psychodynamic', 'ipt', 'act', 'other'] as const;
export type Modality = (typeof MODALITIES)[number];
export const MODALITY_LABELS: Record<Modality, string> = {
  cbt: 'CBT',
  dbt: 'DBT',
  erp: 'ERP',
  emdr: 'EMDR',
  psychodynamic: 'Psychodynamic',
  ipt: 'IPT',
  act: 'ACT',
  other: 'Other',
};
export const modality = z.enum(MODALITIES, { error: 'Choose a kind of therapy from the list.' });

/** Optional free text with a limit a pasted document would hit, named so the message says which field. */
export const text = (label: string, max = 20_000) =>
  z.string().max(max, `${label} is over ${max.toLocaleString('en-US')} characters; shorten it.`);

/** Free text that must say something (blank or only spaces is refused). */
export const requiredText = (label: string, max: number, missing: string) =>
  text(label, max).refine((s) => s.trim().length > 0, missing);

/** A whole number on a fixed scale such as SUDS 0–100; the message names the field and the range. */
export const scale = (label: string, min: number, max: number) => {
  const message = `${label}: use a whole number from ${min} to ${max}.`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
};

export const optionalId = z.string().max(64).optional();

