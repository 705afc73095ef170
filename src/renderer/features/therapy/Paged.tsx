import { useState, type ReactNode } from 'react';
import { useOpenRequest } from '../../app/open-record';
import { Button } from '../../ui/Button';
import styles from './therapy.module.css';

/** Cards per page: enough to scan a few months of weekly sessions, few enough to open at once with ten years of data. */
export const PAGE_SIZE = 20;

/**
 * One page of a list that is already sorted newest first, and the controls to
 * move to older and newer pages. Ten years of weekly sessions are 500+ cards;
 * drawing them all made Therapy a 143,000-pixel page that took over a second to open.
 */
export function usePaged<T>(
  items: readonly T[],
  label: string,
  idOf?: (item: T) => string,
  size = PAGE_SIZE,
): { page: readonly T[]; pager: ReactNode } {
  const [wanted, setPage] = useState(0);
  // A record opened from elsewhere (?open=<id>) turns the list to its page, once per request.
  const open = useOpenRequest();
  const [turnedFor, setTurnedFor] = useState<string | null>(null);
  if (open && idOf && open !== turnedFor) {
    const at = items.findIndex((item) => idOf(item) === open);
    if (at >= 0) {
      setTurnedFor(open);
      setPage(Math.floor(at / size));
    }
  }
  const pages = Math.max(1, Math.ceil(items.length / size));
  // A delete can empty the last page: stay on the last one that exists.
  const index = Math.min(wanted, pages - 1);
  const first = index * size;
  const page = items.slice(first, first + size);
  const pager =
    pages > 1 ? (
      <nav className={styles.pager} aria-label={`${label}: pages`}>
        <Button onPress={() => setPage(index - 1)} isDisabled={index === 0}>
          Newer
        </Button>
        <span aria-live="polite">
          {(first + 1).toLocaleString()}–{(first + page.length).toLocaleString()} of {items.length.toLocaleString()} · page {index + 1} of {pages}
        </span>
        <Button onPress={() => setPage(index + 1)} isDisabled={index === pages - 1}>
          Older
        </Button>
      </nav>
    ) : null;
  return { page, pager };
}
