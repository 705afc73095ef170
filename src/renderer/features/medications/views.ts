/** The medications page's views, kept in the URL so a reminder (or Back) can open one. */
export const VIEWS = [
  { id: 'today', label: 'Today' },
  { id: 'list', label: 'Medications' },
  { id: 'effects', label: 'Side effects' },
  { id: 'adherence', label: 'Adherence' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

export const TODAY_PANEL_HASH = '#/medications?tab=today';

export const isView = (value: string | null): value is ViewId => VIEWS.some((v) => v.id === value);
