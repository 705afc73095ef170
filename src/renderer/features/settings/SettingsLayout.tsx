import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';

/** One Settings page: its address under /settings/, its name in the list, and what it shows (with its own h2). */
export interface SettingsPageEntry {
  slug: string;
  label: string;
  icon: LucideIcon;
  render: () => ReactNode;
}

/**
 * Settings as a list of pages beside the chosen one, instead of one long
 * form. The pages are handed in by the app (src/renderer/app/settings-pages.tsx),
 * which may combine features; this feature imports none.
 */
export function SettingsLayout({ pages }: { pages: readonly SettingsPageEntry[] }) {
  const { page } = useParams();
  const current = pages.find((p) => p.slug === page) ?? pages[0];
  return (
    <section aria-labelledby="page-title" className="page settings">
      <h1 id="page-title">Settings</h1>
      <div className="settings-layout">
        <nav aria-label="Settings pages" className="settings-nav">
          <ul>
            {pages.map(({ slug, label, icon: Icon }) => (
              <li key={slug}>
                <Link to={`/settings/${slug}`} aria-current={slug === current?.slug ? 'page' : undefined}>
                  <Icon size={18} aria-hidden="true" />
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* One grid cell for the whole page: a page of two sections would otherwise put the second under the page list. */}
        <div className="settings-page">{current?.render()}</div>
      </div>
    </section>
  );
}
