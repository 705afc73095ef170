import type { ComponentProps } from 'react';

/**
 * Every Cairn form. Chromium's autocomplete keeps submitted field values in
 * clear in the profile's "Web Data" database; the canary end-to-end test found
 * a journal title there. autocomplete="off" keeps them out (promise 2).
 */
export function PrivateForm(props: ComponentProps<'form'>) {
  return <form autoComplete="off" {...props} />;
}
