import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { sectionForKey } from './sections';

/** Ctrl+1…8 and Ctrl+comma (Cmd on macOS) move between sections from anywhere in the app. */
export function useSectionShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const section = sectionForKey(event.key);
      if (!section) return;
      event.preventDefault();
      void navigate(section.path);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
