import { describe, expect, it } from 'vitest';
import { at, med, step } from '../medication/testing';
import { changeEvents, medicationMarkers, sessionMarkers } from './events';

const sertraline = med([
  step('start', '2026-09-01', 50, at('08:00')),
  step('decrease', '2026-11-01', 25, at('08:00')),
  step('increase', '2026-10-01', 100, at('08:00')),
  step('stop', '2026-11-20'),
]);
const session = (id: string, date: string, attended: boolean) => ({ id, date, attended, modality: 'cbt' as const });

describe('markers', () => {
  it('names each medication step and sorts them by day', () => {
    expect(medicationMarkers([sertraline]).map((m) => [m.day, m.kind, m.label])).toEqual([
      ['2026-09-01', 'start', 'Sertraline — Started: 50 mg at 08:00'],
      ['2026-10-01', 'dose', 'Sertraline — Increased: 100 mg at 08:00'],
      ['2026-11-01', 'taper', 'Sertraline — Decreased: 25 mg at 08:00'],
      ['2026-11-20', 'stop', 'Sertraline — Stopped'],
    ]);
  });

  it('marks only attended therapy sessions', () => {
    const markers = sessionMarkers([session('a', '2026-10-22', false), session('b', '2026-10-15', true)]);
    expect(markers).toEqual([{ id: 'session:b', day: '2026-10-15', kind: 'session', label: 'Therapy session (CBT)' }]);
  });

  it('offers every medication step and the therapy start as events to compare around', () => {
    const events = changeEvents([sertraline], [session('c', '2026-10-29', true), session('b', '2026-10-15', true)]);
    expect(events.map((e) => e.label)).toEqual([
      'Sertraline — Started: 50 mg at 08:00',
      'Sertraline — Increased: 100 mg at 08:00',
      'Therapy started (first CBT session)',
      'Sertraline — Decreased: 25 mg at 08:00',
      'Sertraline — Stopped',
    ]);
  });

  it('never offers a plan as "the change": only steps that happened, on or before today', () => {
    const planned = med([
      step('start', '2026-10-21', 50, at('08:00')),
      step('increase', '2026-11-18', 100, at('08:00')),
      { ...step('decrease', '2027-05-01', 50, at('08:00')), planned: true },
    ]);
    const events = changeEvents([planned], [], '2026-12-02');
    expect(events.map((e) => e.day)).toEqual(['2026-10-21', '2026-11-18']);
    // The view opens on the latest one.
    expect(events.at(-1)?.label).toBe('Sertraline — Increased: 100 mg at 08:00');
    expect(medicationMarkers([planned]).map((m) => m.day)).not.toContain('2027-05-01');
  });
});
