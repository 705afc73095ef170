import type { Audience } from './visit';
import { QUESTIONNAIRE_NAMES } from '../clinical/questionnaires';

/** The summary's sections in CLINICAL.md's order; the safety flag comes first and cannot be switched off. */
export const SECTIONS = ['medications', 'adherence', 'sideEffects', 'scores', 'checkins', 'therapy', 'questions', 'entries'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<SectionId, string> = {
  medications: 'Medications and changes',
  adherence: 'Adherence',
  sideEffects: 'Side effects',
  scores: QUESTIONNAIRE_NAMES,
  checkins: 'Mood, anxiety, sleep and energy',
  therapy: 'Therapy',
  questions: 'Questions for this visit',
  entries: 'Shared journal entries',
};

/** A prescriber reads medication first; a therapist reads the therapy work. Both see scores and questions. */
export const DEFAULT_SECTIONS: Record<Audience, Record<SectionId, boolean>> = {
  prescriber: {
    medications: true,
    adherence: true,
    sideEffects: true,
    scores: true,
    checkins: true,
    therapy: false,
    questions: true,
    entries: true,
  },
  therapist: {
    medications: true,
    adherence: false,
    sideEffects: false,
    scores: true,
    checkins: true,
    therapy: true,
    questions: true,
    entries: true,
  },
};
