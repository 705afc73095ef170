/** Ref callback: a panel that appears after a save takes focus and scrolls into view, so it is seen and announced. */
export function focusOnShow(el: HTMLElement | null): void {
  el?.focus();
  el?.scrollIntoView?.({ block: 'nearest' });
}
