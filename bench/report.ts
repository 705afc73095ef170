import type { BackupFigures } from './node-figures';
import { kb, mb, ms, table } from './stats';

export interface Figures {
  years: number;
  records: number;
  rows: number;
  envelopeBytes: number;
  kdf: number;
  clickToShell: number;
  load: number;
  loadRead: number;
  loadOpen: number;
  loadStore: number;
  mainOpen: number;
  floorRead: number;
  floorOpen: number;
  floor: number;
  ratio: number;
  /** The harness's own transport during the load (round trips in the page minus main's time per call). */
  transport: number;
  /** The same payloads structured-cloned through a MessageChannel, there and back: a stand-in for Electron's IPC. */
  ipcProxy: number;
  /** load - transport + ipcProxy, per run: the load on the path the product ships. */
  shippedLoad: number;
  shippedRatio: number;
  /** click -> shell less the KDF and the harness's transport, plus the IPC proxy (target < 1.5 s at ten years). */
  shippedShell: number;
  save: number;
  /** The save less the harness's transport of its calls, plus the MessageChannel proxy of the same payloads. */
  shippedSave: number;
  /** Save click -> the frame with the dialog closed and "Check-in saved" shown: what the person waits for. */
  saveShown: number;
  /** Save click -> the frame after the last DOM change it caused. */
  saveSettled: number;
  /** saveShown less the harness's transport of the save's calls, plus their IPC proxy. */
  shippedSaveShown: number;
  mainSeal: number;
  saveFloor: { ipc: number; put: number };
  decode: number;
  searchMedian: number;
  searchWorst: number;
  /** Search everything (Ctrl+K), keystroke -> grouped results painted. */
  everythingMedian: number;
  everythingWorst: number;
  everythingKeys: number[];
  keystrokes: number[];
  timelineOpen: number;
  timelineScroll: number;
  scrollDaysBack: number;
  insights: { all: number; year: number } | null;
  summary: number | null;
  /** Section name -> from Today to the section settled (median). */
  sections: Record<string, number>;
  heapBytes: number;
  backup: BackupFigures;
}

const notBuilt = (what: string) => `n/a: ${what} is still "coming soon" in this build`;

/** The figures as a Markdown table, one column per data size. */
export function report(all: Figures[], bundle: { files: { file: string; raw: number; gzip: number }[]; gzip: number }, runs: number): string {
  const col = (f: (x: Figures) => string) => all.map(f);
  const rows: string[][] = [
    ['records / sealed rows / envelope size', ...col((x) => `${x.records} / ${x.rows} / ${mb(x.envelopeBytes)}`)],
    ['1. unlock: KDF (Argon2id in main)', ...col((x) => ms(x.kdf))],
    ['1. unlock: load (read + open + decode + store)', ...col((x) => ms(x.load))],
    ['   load: Dexie read', ...col((x) => ms(x.loadRead))],
    ['   load: vault.open over IPC + decode', ...col((x) => `${ms(x.loadOpen)} (main's share ${ms(x.mainOpen)})`)],
    ['   of which decode (JSON.parse of the same plaintext, timed apart)', ...col((x) => ms(x.decode))],
    ['   of which harness transport (timed per call: round trip - main)', ...col((x) => ms(x.transport))],
    ['   load: build store', ...col((x) => ms(x.loadStore))],
    ['1. unlock: click -> shell painted', ...col((x) => ms(x.clickToShell))],
    ['2. floor: raw IndexedDB getAll + raw libsodium open', ...col((x) => `${ms(x.floor)} (${ms(x.floorRead)} + ${ms(x.floorOpen)})`)],
    ['2. ratio load / floor', ...col((x) => `${x.ratio.toFixed(2)}x`)],
    ['2. IPC proxy: same payloads structured-cloned via MessageChannel', ...col((x) => ms(x.ipcProxy))],
    ['2. shipped load = load - harness transport + IPC proxy', ...col((x) => ms(x.shippedLoad))],
    ['2. ratio shipped load / floor (target <= 2x)', ...col((x) => `${x.shippedRatio.toFixed(2)}x`)],
    ['2. shipped click -> shell, excl. KDF (target < 1.5 s)', ...col((x) => ms(x.shippedShell))],
    ['3. save one check-in: click -> saved check-in shown / page settled', ...col((x) => `${ms(x.saveShown)} / ${ms(x.saveSettled)}`)],
    ['3. shipped save: click -> shown - harness transport + IPC proxy (target < 20 ms)', ...col((x) => ms(x.shippedSaveShown))],
    ['3. of which the repository\'s save (seal + stage + put + commit + store)', ...col((x) => `${ms(x.save)} (main's seal ${ms(x.mainSeal)})`)],
    ['3. shipped repository save = save - harness transport + IPC proxy', ...col((x) => ms(x.shippedSave))],
    ['3. save floor: one IPC round trip / one raw put of the largest row', ...col((x) => `${ms(x.saveFloor.ipc)} / ${ms(x.saveFloor.put)}`)],
    ['4. search as you type, median / worst of 20 keys', ...col((x) => `${ms(x.searchMedian)} / ${ms(x.searchWorst)}`)],
    ['4. search everything (Ctrl+K), median / worst of 20 keys', ...col((x) => `${ms(x.everythingMedian)} / ${ms(x.everythingWorst)}`)],
    ['5. open the timeline', ...col((x) => ms(x.timelineOpen))],
    ['5. jump the timeline back N days', ...col((x) => `${ms(x.timelineScroll)} (${x.scrollDaysBack} days)`)],
    ['6. insights "all" / "1 year" (period switched)', ...col((x) => (x.insights ? `${ms(x.insights.all)} / ${ms(x.insights.year)}` : notBuilt('Insights')))],
    ['7. appointment summary, 4 weeks (period changed)', ...col((x) => (x.summary === null ? notBuilt('Summary') : ms(x.summary)))],
    ...Object.keys(all[0]?.sections ?? {}).map((name) => [`7b. open ${name} from Today (settled)`, ...col((x) => ms(x.sections[name] ?? NaN))]),
    ['8. backup export (incl. / excl. KDF)', ...col((x) => `${ms(x.backup.exportMs)} / ${ms(x.backup.exportMs - x.backup.kdfMs)}`)],
    ['8. backup restore (incl. / excl. KDF)', ...col((x) => `${ms(x.backup.restoreMs)} / ${ms(x.backup.restoreMs - x.backup.kdfMs)}`)],
    ['8. backup file size / Argon2id alone', ...col((x) => `${mb(x.backup.bytes)} / ${ms(x.backup.kdfMs)}`)],
    ['9. renderer JS heap after GC, data loaded', ...col((x) => mb(x.heapBytes))],
  ];
  const header = ['figure (median of ' + runs + ' runs)', ...all.map((x) => `${x.years} year${x.years === 1 ? '' : 's'}`)];
  const files = bundle.files.map((f) => `${f.file} ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`).join('; ');
  return `${table(header, rows)}\n\n9. initial renderer bundle: ${kb(bundle.gzip)} gzip (${files})${all.length > 1 ? `\n\n${growth(all)}` : ''}`;
}

/**
 * Each figure against data size (issue 22 point 4): the figure at each size and
 * how much it grew from one size to the next, beside how much the records grew.
 * Linear = the two factors match; better = the figure's factor is smaller.
 */
export function growth(all: Figures[]): string {
  const figures: [string, (x: Figures) => number, (v: number) => string][] = [
    ['unlock: load in the harness', (x) => x.load, ms],
    ['unlock: shipped load (load - transport + IPC proxy)', (x) => x.shippedLoad, ms],
    ['unlock: floor', (x) => x.floor, ms],
    ['unlock: click -> shell', (x) => x.clickToShell, ms],
    ['unlock: shipped click -> shell excl. KDF', (x) => x.shippedShell, ms],
    ['save one check-in', (x) => x.save, ms],
    ['shipped save one check-in', (x) => x.shippedSave, ms],
    ['shipped save: click -> shown', (x) => x.shippedSaveShown, ms],
    ['search worst keystroke', (x) => x.searchWorst, ms],
    ['open the timeline', (x) => x.timelineOpen, ms],
    ['insights "all"', (x) => x.insights?.all ?? NaN, ms],
    ...Object.keys(all[0]?.sections ?? {}).map((name): [string, (x: Figures) => number, (v: number) => string] => [`open ${name}`, (x) => x.sections[name] ?? NaN, ms]),
    ['backup export without KDF', (x) => x.backup.exportMs - x.backup.kdfMs, ms],
    ['renderer heap after GC', (x) => x.heapBytes, mb],
  ];
  const steps = all.slice(1).map((x, i) => ({ from: all[i]!, to: x }));
  const factor = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(1)}x` : 'n/a');
  const header = ['figure', ...all.map((x) => `${x.years} y`), ...steps.map(({ from, to }) => `growth ${from.years} -> ${to.years} y (records ${factor(from.records, to.records)})`)];
  const rows = figures.map(([name, of, show]) => [name, ...all.map((x) => show(of(x))), ...steps.map(({ from, to }) => factor(of(from), of(to)))]);
  return `Growth with data size\n\n${table(header, rows)}`;
}
