import { useEffect, useState } from 'react';

/**
 * Colours for a canvas, which cannot read CSS variables itself: `read` pulls
 * them from the document, and runs again when the OS switches light/dark.
 */
export function useThemeColors<T>(read: () => T): T {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setColors(read());
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, [read]);
  return colors;
}
