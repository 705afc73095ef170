import type { ReactNode } from 'react';

/** One card on Today, contributed by a feature and handed to HomePage by the app (src/renderer/app/today-slots.tsx). */
export interface TodaySlot {
  id: string;
  /** Renders nothing when the feature has nothing for today. */
  render: () => ReactNode;
}
