import { Link as AriaLink, type LinkProps as AriaLinkProps } from 'react-aria-components';

/**
 * The one link style. An app path ("/journal") goes through the router (the
 * shell's RouterProvider), so it works with hash routing in the app and the harness.
 */
export function Link({ className, ...props }: Omit<AriaLinkProps, 'className'> & { className?: string }) {
  return <AriaLink {...props} className={['link', className].filter(Boolean).join(' ')} />;
}
