import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  /** One filled (primary) button per screen; everything else is secondary or quiet (DESIGN.md principle 1). */
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  className?: string;
  /** For handing focus back to the button (React 19 passes ref as a prop). */
  ref?: Ref<HTMLButtonElement>;
}

/** A button on react-aria: press, keyboard and focus ring behave the same everywhere. */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return <AriaButton {...props} data-variant={variant} className={['ui-button', className].filter(Boolean).join(' ')} />;
}
