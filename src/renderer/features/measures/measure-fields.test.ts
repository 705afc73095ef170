import { describe, expect, it } from 'vitest';
import { blankMeasure, checkMeasure, fieldsOfMeasure } from './measure-fields';

const NOW = '2026-12-01T10:00:00.000Z';

describe('the measure form', () => {
  it('keeps only the fields of the chosen type', () => {
    const rating = checkMeasure({ ...blankMeasure(), name: ' brain zaps ', lowWord: 'none', highWord: 'constant', unit: 'x', min: '3' }, undefined, [], NOW);
    expect(rating.ok && rating.value).toMatchObject({ name: 'brain zaps', type: 'rating', lowWord: 'none', highWord: 'constant' });
    expect(rating.ok && 'unit' in rating.value).toBe(false);
    const number = checkMeasure({ ...blankMeasure(), name: 'minutes outside', type: 'number', unit: 'minutes', min: '0', max: '600', lowWord: 'x' }, undefined, [], NOW);
    expect(number.ok && number.value).toMatchObject({ type: 'number', unit: 'minutes', min: 0, max: 600 });
    expect(number.ok && 'lowWord' in number.value).toBe(false);
  });

  it('names the field of each problem', () => {
    expect(checkMeasure(blankMeasure(), undefined, [], NOW)).toEqual({ ok: false, field: 'name', message: 'Give the measure a name.' });
    expect(checkMeasure({ ...blankMeasure(), name: 'steps', type: 'number', min: '10', max: '5' }, undefined, [], NOW)).toMatchObject({ field: 'max' });
    expect(checkMeasure({ ...blankMeasure(), name: 'steps', type: 'number', min: 'lots' }, undefined, [], NOW)).toMatchObject({ field: 'min' });
  });

  it('refuses a second active measure of the same name, and keeps the type and archive mark on edit', () => {
    const first = checkMeasure({ ...blankMeasure(), name: 'Exercised', type: 'yesno' }, undefined, [], NOW);
    if (!first.ok) throw new Error(first.message);
    expect(checkMeasure({ ...blankMeasure(), name: 'exercised' }, undefined, [first.value], NOW)).toMatchObject({ ok: false, field: 'name' });
    const archived = { ...first.value, archivedAt: NOW };
    const edited = checkMeasure({ ...fieldsOfMeasure(archived), name: 'Moved', type: 'rating' }, archived, [archived], NOW);
    expect(edited.ok && edited.value).toMatchObject({ id: first.value.id, type: 'yesno', archivedAt: NOW, name: 'Moved' });
  });
});
