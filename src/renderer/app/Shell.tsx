import { useEffect, useRef } from 'react';
import { RouterProvider as LinkRouter } from 'react-aria-components';
import { NavLink, Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { SafetyPlanNavLink } from '../features/safety-plan/SafetyPlanNavLink';
import { SafetyPathProvider } from './safety/SafetyPathProvider';
import { UndoProvider } from '../ui/UndoProvider';
import { StrugglingButton } from './safety/StrugglingButton';
import brandMark from '../../../resources/icon.svg';
import { useOpenRecord } from './open-record';
import { sectionIcons } from './section-icons';
import { sections } from './sections';
import { useSectionShortcuts } from './useSectionShortcuts';

const isMac = navigator.userAgent.includes('Mac');

export function Shell() {
  useSectionShortcuts();
  useOpenRecord();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();

  // After navigating, move focus to the new page so screen readers announce it.
  // Not on first render: then Tab should start at the skip link.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A page that already placed the cursor (a form opened from a menu) keeps it.
    if (!main.current?.contains(document.activeElement)) main.current?.focus();
  }, [pathname]);

  return (
    // The kit's links (react-aria) go through the app's hash router: without this, a Link to "/journal" was a real page load to a path the app does not serve.
    <LinkRouter navigate={(to) => void navigate(to)} useHref={useHref}>
    <SafetyPathProvider>
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}>
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Sections">
        <NavLink to="/" className="brand" end>
          {/* Bundled with the renderer (inlined as a data: URL), so the mark never needs the network. Decorative: the link's name is "Cairn". */}
          <img src={brandMark} alt="" width={28} height={28} />
          Cairn
        </NavLink>
        <ul>
          {sections.map((section) => {
            const Icon = sectionIcons[section.path];
            return (
            <li key={section.path}>
              <NavLink
                to={section.path}
                aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${section.key}`}
              >
                {Icon && <Icon size={18} aria-hidden="true" />}
                <span className="nav-label">{section.label}</span>
                <kbd aria-hidden="true">
                  {isMac ? '⌘' : 'Ctrl+'}
                  {section.key}
                </kbd>
              </NavLink>
            </li>
            );
          })}
        </ul>
        <SafetyPlanNavLink />
        <StrugglingButton />
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        {/* One Undo toast for every page: a delete anywhere offers it in the same place. */}
        <UndoProvider>
          <Outlet />
        </UndoProvider>
      </main>
    </div>
    </SafetyPathProvider>
    </LinkRouter>
  );
}
