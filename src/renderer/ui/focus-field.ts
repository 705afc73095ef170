/**
 * Puts the cursor in a kit field found by its id or name: the element itself
 * for a text field, the first segment for a date or time field (its id is on
 * a group and its name on a hidden input, neither of which takes focus).
 */
export function focusFound(found: Element | null | undefined): void {
  if (!(found instanceof HTMLElement)) return;
  const when = found.closest('.ui-when') ?? (found.matches('[role="group"]') ? found : null);
  const segment = when?.querySelector<HTMLElement>('[role="spinbutton"]');
  (segment ?? found).focus();
}

/** focusFound for the field with this id. */
export const focusField = (id: string | undefined): void => {
  if (id) focusFound(document.getElementById(id));
};
