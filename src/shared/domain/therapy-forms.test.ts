import { describe, expect, it } from 'vitest';
import { anyRecord } from './index';
import { diaryCardId } from './therapy';

// Issue 25 points 8–11 and 13: the homework forms clinicians know, and old records still valid.
const NOW = new Date(2026, 10, 25, 12).toISOString();
const base = { id: 'r1', createdAt: NOW, updatedAt: NOW };
const verdict = (record: unknown): string => {
  const result = anyRecord.safeParse(record);
  return result.success ? 'ok' : (result.error.issues[0]?.message ?? 'invalid');
};

const sevenColumns = {
  ...base,
  kind: 'therapy.thoughtRecord',
  date: '2026-11-25',
  situation: 'Manager asked for a word',
  moods: [
    { name: 'Anxious', intensity: 90, rerated: 40 },
    { name: 'Ashamed', intensity: 50 },
  ],
  thoughts: [
    { text: 'I am going to be fired', belief: 85, hot: true },
    { text: 'Everyone saw', belief: 40, hot: false },
  ],
  traps: ['fortuneTelling', 'mindReading'],
  evidenceFor: 'She looked serious',
  evidenceAgainst: 'Good review last month',
  balancedThought: 'It could be about the new project',
  balancedBelief: 60,
};

describe('thought record: seven columns and thinking traps', () => {
  it('accepts several moods with intensity, thoughts with belief and a hot thought, re-rated moods and picked traps', () => {
    expect(verdict(sevenColumns)).toBe('ok');
  });
  it('keeps every percentage on 0–100', () => {
    expect(verdict({ ...sevenColumns, moods: [{ name: 'Anxious', intensity: 101 }] })).toBe('Mood intensity: use a whole number from 0 to 100.');
    expect(verdict({ ...sevenColumns, moods: [{ name: 'Anxious', intensity: 50, rerated: -1 }] })).toBe('Mood re-rated: use a whole number from 0 to 100.');
    expect(verdict({ ...sevenColumns, thoughts: [{ text: 'x', belief: 120, hot: true }] })).toBe('Belief in the thought: use a whole number from 0 to 100.');
    expect(verdict({ ...sevenColumns, balancedBelief: 200 })).toBe('Belief in the balanced thought: use a whole number from 0 to 100.');
  });
  it('marks at most one hot thought', () => {
    expect(verdict({ ...sevenColumns, thoughts: sevenColumns.thoughts.map((t) => ({ ...t, hot: true })) })).toBe('Mark one automatic thought as the hot thought.');
  });
  it('needs a mood and a thought', () => {
    expect(verdict({ ...sevenColumns, moods: [] })).toBe('Name the mood.');
    expect(verdict({ ...sevenColumns, thoughts: [] })).toBe('Write down the automatic thought.');
    expect(verdict({ ...sevenColumns, moods: [{ name: ' ', intensity: 3 }] })).toBe('Name each mood, or remove the empty row.');
  });
  it('takes only the traps of CLINICAL.md, each once, and none at all is fine', () => {
    expect(verdict({ ...sevenColumns, traps: ['catastrophising'] })).toBe('Choose thinking traps from the list.');
    expect(verdict({ ...sevenColumns, traps: ['labelling', 'labelling'] })).toBe('Each thinking trap is picked once.');
    expect(verdict({ ...sevenColumns, traps: [] })).toBe('ok');
    expect(verdict({ ...sevenColumns, traps: undefined })).toBe('ok');
  });
});

const card = {
  ...base,
  id: diaryCardId('2026-11-25'),
  kind: 'therapy.diaryCard',
  date: '2026-11-25',
  urges: [],
  emotions: [],
  skills: [],
  note: '',
};

describe("DBT diary card: Linehan's fixed rows", () => {
  it('accepts the fixed rows with the safety fields under their agreed names', () => {
    const full = {
      ...card,
      suicidalUrge: 1,
      selfHarmUrge: 2,
      substanceUrge: 0,
      selfHarmActions: 0,
      substanceActions: 3,
      misery: 4,
      feelings: { sadness: 3, shame: 2, anger: 1, fear: 0, joy: 2 },
      medicationAsPrescribed: true,
      skillsRating: 7,
    };
    expect(verdict(full)).toBe('ok');
    expect(anyRecord.parse(full)).toMatchObject({ suicidalUrge: 1, selfHarmUrge: 2, selfHarmActions: 0 });
  });
  it('keeps urges, misery and emotions on 0–5, skills on 0–7 and actions whole counts', () => {
    expect(verdict({ ...card, suicidalUrge: 6 })).toBe('Urge to die: use a whole number from 0 to 5.');
    expect(verdict({ ...card, selfHarmUrge: -1 })).toBe('Urge to self-harm: use a whole number from 0 to 5.');
    expect(verdict({ ...card, misery: 9 })).toBe('Misery: use a whole number from 0 to 5.');
    expect(verdict({ ...card, feelings: { shame: 6 } })).toBe('Shame: use a whole number from 0 to 5.');
    expect(verdict({ ...card, skillsRating: 8 })).toBe('Skills: use a whole number from 0 to 7.');
    expect(verdict({ ...card, selfHarmActions: 1.5 })).toBe('Self-harm: use a whole number, 0 or more.');
    expect(verdict({ ...card, substanceActions: -2 })).toBe('Substance use: use a whole number, 0 or more.');
  });
});

const exposure = { ...base, kind: 'therapy.exposure', date: '2026-11-25', stepId: 's1', sudsBefore: 50, sudsPeak: 75, sudsAfter: 30, ritualResisted: true, note: '' };

describe('ERP log', () => {
  it('has no default for "ritual resisted": leaving it out asks the person to choose', () => {
    expect(verdict({ ...exposure, ritualResisted: undefined })).toBe('Say whether you resisted the ritual: choose Yes or No.');
  });
  it('records the prediction and its likelihood, what happened, duration, rituals (mental and reassurance too) and type', () => {
    const full = {
      ...exposure,
      exposureType: 'imaginal',
      prediction: 'I will lose control',
      predictionLikelihood: 70,
      whatHappened: 'Anxiety rose and fell',
      durationMinutes: 25,
      rituals: ['mentalRitual', 'reassurance'],
      ritualsNote: 'Counted to ten',
    };
    expect(verdict(full)).toBe('ok');
    expect(verdict({ ...full, predictionLikelihood: 101 })).toBe('How likely it felt: use a whole number from 0 to 100.');
    expect(verdict({ ...full, durationMinutes: 0 })).toBe('Duration in minutes: use a whole number from 1 to 1440.');
    expect(verdict({ ...full, rituals: ['washing'] })).toBe('Choose rituals from the list.');
    expect(verdict({ ...full, exposureType: 'virtual' })).toBe('Choose a type of exposure from the list.');
  });
});

describe('EMDR between sessions', () => {
  const tices = { ...base, kind: 'therapy.emdrLog', date: '2026-11-25', trigger: 'Car horn', image: 'The junction', cognition: 'I am not safe', emotion: 'Fear', sensation: 'Tight chest', sud: 7 };
  it('a TICES log needs a trigger and a SUD 0–10', () => {
    expect(verdict(tices)).toBe('ok');
    expect(verdict({ ...tices, trigger: ' ' })).toBe('Note the trigger: what set it off.');
    expect(verdict({ ...tices, sud: 11 })).toBe('SUD: use a whole number from 0 to 10.');
  });
  it('resource practice: calm place or container with SUD before and after', () => {
    const practice = { ...base, kind: 'therapy.emdrResource', date: '2026-11-25', resource: 'container', sudBefore: 6, sudAfter: 3, note: '' };
    expect(verdict(practice)).toBe('ok');
    expect(verdict({ ...practice, resource: 'tapping' })).toBe('Choose the resource you practised.');
    expect(verdict({ ...practice, sudAfter: 12 })).toBe('SUD after: use a whole number from 0 to 10.');
  });
  it('the target: a positive belief and a VOC 1–7 as the therapist set them', () => {
    const target = { ...base, kind: 'therapy.emdrTarget', setOn: '2026-11-20', positiveBelief: 'I am safe now', voc: 3 };
    expect(verdict(target)).toBe('ok');
    expect(verdict({ ...target, voc: 0 })).toBe('VOC: use a whole number from 1 to 7.');
    expect(verdict({ ...target, positiveBelief: '' })).toBe('Write the positive belief as your therapist set it.');
  });
});

describe('records written before these forms keep opening (format 1)', () => {
  it('a one-emotion thought record, a card without fixed rows and an exposure without the new fields are valid', () => {
    const oldThought = {
      ...base,
      kind: 'therapy.thoughtRecord',
      date: '2026-11-19',
      situation: 'Manager asked for a word',
      automaticThought: 'I am going to be fired',
      emotion: 'Fear',
      intensityBefore: 80,
      evidenceFor: '',
      evidenceAgainst: 'Good review last month',
      balancedThought: 'It could be about the new project',
      intensityAfter: 40,
    };
    expect(verdict(oldThought)).toBe('ok');
    expect(verdict({ ...card, urges: [{ target: 'Skipping meals', urge: 3, acted: false }], emotions: [{ name: 'Sadness', intensity: 2 }] })).toBe('ok');
    expect(verdict(exposure)).toBe('ok');
  });
});
