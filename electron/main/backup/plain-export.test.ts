import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../src/shared/domain';
import { sampleRecords } from '../../../tests/fixtures/records/samples';
import { toCsv, toJson } from './plain-export';

describe('plain exports', () => {
  it('JSON holds every record unchanged', () => {
    const records = sampleRecords();
    const parsed = JSON.parse(toJson(records, 'Cairn test', '2026-11-25T10:00:00.000Z')) as { format: string; records: unknown[] };
    expect(parsed.format).toBe('cairn-plain-export');
    expect(parsed.records).toEqual(records);
  });

  it('CSV quotes commas, quotes and newlines, numbers list items, and defuses formulas', () => {
    const entry = {
      kind: 'journal.entry',
      id: 'e1',
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
      date: '2026-11-25',
      time: '10:00',
      title: '=HYPERLINK("http://x")',
      body: 'line one, with "quotes"\nline two',
      tags: ['sleep', 'work'],
      shareWithProvider: false,
    } as AnyRecord;
    const csv = toCsv([entry]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('kind,id,createdAt,updatedAt,date,time,title,body,tags_1,tags_2,shareWithProvider');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"line one, with ""quotes""\nline two"');
    expect(row?.startsWith('journal.entry,e1,')).toBe(true);
    expect(csv.endsWith(',sleep,work,false\r\n')).toBe(true);
  });

  it('the dose CSV names each medication beside its id', () => {
    const all = sampleRecords();
    const doses = all.filter((r) => r.kind === 'med.dose');
    const medication = all.find((r) => r.kind === 'med.medication') as AnyRecord & { id: string; name: string };
    expect(doses.length).toBeGreaterThan(0);
    const [header, row] = toCsv(doses, all).split('\r\n');
    const columns = header!.split(',');
    expect(columns.indexOf('medicationName')).toBe(columns.indexOf('medicationId') + 1);
    const cells = row!.split(',');
    expect(cells[columns.indexOf('medicationId')]).toBe(medication.id);
    expect(cells[columns.indexOf('medicationName')]).toBe(medication.name);
  });
});

describe('own measures in plain exports', () => {
  it('the check-in CSV has one column per own measure, by name; the JSON keeps definitions and values', () => {
    const all = sampleRecords();
    const checkins = all.filter((r) => r.kind === 'journal.checkin');
    const [header, first, second] = toCsv(checkins, all).split('\r\n');
    const columns = header!.split(',');
    expect(columns).toContain('own: brain zaps');
    expect(columns).toContain('own: walked (removed)');
    expect(columns).not.toContain('custom');
    const cell = (row: string | undefined, name: string) => row!.split(',')[columns.indexOf(name)];
    expect(cell(first, 'own: brain zaps')).toBe('3');
    expect(cell(first, 'own: walked (removed)')).toBe('yes');
    expect(cell(second, 'own: brain zaps')).toBe('1');
    expect(cell(second, 'part')).toBe('morning');
    const json = JSON.parse(toJson(all, 'Cairn test', '2026-11-25T10:00:00.000Z')) as { records: AnyRecord[] };
    expect(json.records.filter((r) => r.kind === 'journal.measure').map((r) => (r as { name: string }).name)).toEqual(['brain zaps', 'walked']);
  });
});
