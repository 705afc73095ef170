import type { ButtonHTMLAttributes } from 'react';

export interface PlainButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick'> {
  /** Runs on a click, Enter or Space: a native button's own keyboard handling. */
  onPress: () => void;
}

/**
 * The kit's Button as a native <button>, for actions drawn many times at
 * once: each card of the journal's timeline has two, and a search keystroke
 * that changes the hits ("li" at ten years) mounts a dozen cards. The
 * react-aria Button's press, hover and focus hooks made mounting a card cost
 * several times its plain markup (in jsdom, 40 of them mounted in ~50 ms
 * against ~5 ms native), and they stay in memory while the card is drawn.
 * A native button already takes focus, Enter and Space, and is named by its
 * text or aria-label; it looks like the kit's secondary button (the
 * focus ring comes from :focus-visible instead of data-focus-visible).
 */
export function PlainButton({ onPress, className, ...props }: PlainButtonProps) {
  return (
    <button
      {...props}
      type="button"
      data-variant="secondary"
      className={['ui-button', 'ui-plain-button', className].filter(Boolean).join(' ')}
      onClick={onPress}
    />
  );
}
