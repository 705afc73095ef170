import { useEffect } from 'react';
import { NavLink, useNavigate } from 'react-router';
import styles from './safety-plan.module.css';

const isMac = navigator.userAgent.includes('Mac');

/** The sidebar's way to the safety plan, plus Ctrl/Cmd+Shift+S from any screen. */
export function SafetyPlanNavLink() {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      void navigate('/safety-plan');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <NavLink to="/safety-plan" className={styles.navLink} aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+Shift+S`}>
      <span>Safety plan</span>
      <kbd aria-hidden="true">{isMac ? '⇧⌘S' : 'Ctrl+Shift+S'}</kbd>
    </NavLink>
  );
}
