import { useEffect } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * Opening one record from elsewhere (Search everything): the address names its
 * page and `?open=<id>`. The page shows the record (turning a paged list to
 * its page, widening a date range) and marks its card `data-record-id`; the
 * shell then scrolls to the card and focuses it, and drops `open` from the
 * address so later paging or editing is not pulled back to it.
 */
export const OPEN_PARAM = 'open';

/** The id of the record the address asks to show, if any. */
export function useOpenRequest(): string | null {
  const [params] = useSearchParams();
  return params.get(OPEN_PARAM);
}

/** Frames to wait for the card: a lazily loaded page (Therapy, Medications) can take a few hundred. */
const FRAMES = 600;

/** In the shell: finds the requested record's card once it is on screen, scrolls to it and focuses it. */
export function useOpenRecord(): void {
  const { search, pathname } = useLocation();
  const navigate = useNavigate();
  const id = new URLSearchParams(search).get(OPEN_PARAM);
  useEffect(() => {
    if (!id) return;
    let frames = FRAMES;
    let handle = 0;
    const seek = () => {
      const card = document.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(id)}"]`);
      if (!card) {
        if (frames-- > 0) handle = requestAnimationFrame(seek);
        return;
      }
      if (!card.hasAttribute('tabindex')) card.tabIndex = -1;
      card.scrollIntoView({ block: 'center' });
      card.focus({ preventScroll: true });
      const rest = new URLSearchParams(search);
      rest.delete(OPEN_PARAM);
      const query = rest.toString();
      void navigate({ pathname, search: query ? `?${query}` : '' }, { replace: true });
    };
    handle = requestAnimationFrame(seek);
    return () => cancelAnimationFrame(handle);
  }, [id, search, pathname, navigate]);
}
