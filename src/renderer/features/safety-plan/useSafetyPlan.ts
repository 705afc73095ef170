import { useCallback } from 'react';
import { SAFETY_PLAN_ID, type SafetyPlanRecord } from '../../../shared/domain/safety-plan';
import type { SafetyPlanFields } from '../../app/safety/PlanReadOnly';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { stampNow } from '../../db/record-stamp';

export type { SafetyPlanFields };

export const EMPTY_PLAN: SafetyPlanFields = {
  warningSigns: '',
  copingOnMyOwn: '',
  distractions: '',
  peopleToAsk: [],
  professionals: [],
  saferSurroundings: '',
  reasonsForLiving: '',
};

/** The user's one safety plan (null until first saved) and a saver that keeps its creation date. */
export function useSafetyPlan(): [SafetyPlanRecord | null, (fields: SafetyPlanFields) => Promise<void>] {
  const { repository } = useVault();
  const plan = useRecords('safety.plan')[0] ?? null;
  const save = useCallback(
    async (fields: SafetyPlanFields) => {
      const now = stampNow();
      const stored = repository.store.get(SAFETY_PLAN_ID);
      await repository.save([
        { ...fields, kind: 'safety.plan', id: SAFETY_PLAN_ID, createdAt: stored?.createdAt ?? now, updatedAt: now },
      ]);
    },
    [repository],
  );
  return [plan, save];
}
