import { parseNumber } from '../codec/number';

/** The check-in values an import can fill, with the range Cairn stores (src/shared/domain/journal-checkin.ts). */
export const IMPORT_MEASURES = [
  { key: 'mood', label: 'Mood', min: 0, max: 10, step: 1 },
  { key: 'anxiety', label: 'Anxiety', min: 0, max: 10, step: 1 },
  { key: 'energy', label: 'Energy', min: 0, max: 10, step: 1 },
  { key: 'irritability', label: 'Irritability', min: 0, max: 10, step: 1 },
  { key: 'sleepHours', label: 'Sleep (hours)', min: 0, max: 24, step: 0.25 },
  { key: 'sleepQuality', label: 'Sleep quality', min: 1, max: 5, step: 1 },
] as const;

export type MeasureKey = (typeof IMPORT_MEASURES)[number]['key'];

export type MeasureResult = { ok: true; value: number } | { ok: false; reason: string };

/** A cell to a measure value: "7", "7.5" or "7,5"; out of range or not a number is refused, never clamped. */
export function parseMeasure(key: MeasureKey, cell: string): MeasureResult {
  const measure = IMPORT_MEASURES.find((m) => m.key === key)!;
  // The app's one number reading: a file from a comma-decimal locale reads as typed in a field would.
  const parsed = parseNumber(cell);
  const value = parsed ?? Number.NaN;
  const text = String(value);
  if (!Number.isFinite(value)) {
    return { ok: false, reason: `has “${cell.trim().slice(0, 40)}” for ${measure.label.toLowerCase()}, which is not a number.` };
  }
  const steps = value / measure.step;
  if (value < measure.min || value > measure.max || Math.abs(steps - Math.round(steps)) > 1e-9) {
    const unit = measure.step === 1 ? 'whole number' : 'number in quarter hours';
    return { ok: false, reason: `has ${text} for ${measure.label.toLowerCase()}; Cairn keeps a ${unit} from ${measure.min} to ${measure.max}.` };
  }
  return { ok: true, value };
}
