import { useEffect, useState } from 'react';

/**
 * Colours for a canvas, which cannot read CSS variables itself: `read` pulls
 * them from the document, and runs again when the OS or the Appearance setting switches light/dark.
 */
export function useThemeColors<T>(read: () => T): T {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setColors(read());
    media.addEventListener('change', update);
    // Settings → Appearance switches the palette without the OS changing.
    const chosen = new MutationObserver(update);
    chosen.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      media.removeEventListener('change', update);
      chosen.disconnect();
    };
  }, [read]);
  return colors;
}
