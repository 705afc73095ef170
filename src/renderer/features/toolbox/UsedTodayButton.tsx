import { Check, Plus } from 'lucide-react';
import { Button } from '../../ui/Button';
import type { useUsedToday } from './useUsedToday';

/** "I used this" until the skill is in today's check-in; then says so, and pressing again changes nothing. */
export function UsedTodayButton({ name, used }: { name: string; used: ReturnType<typeof useUsedToday> }) {
  const done = used.isUsed(name);
  return (
    <Button
      variant={done ? 'quiet' : 'secondary'}
      isDisabled={done || used.busy}
      aria-label={done ? `${name} is in today’s check-in` : `I used ${name} today`}
      onPress={() => void used.markUsed(name)}
    >
      {done ? <Check size={16} aria-hidden="true" /> : <Plus size={16} aria-hidden="true" />}
      {done ? 'In today’s check-in' : 'I used this'}
    </Button>
  );
}
