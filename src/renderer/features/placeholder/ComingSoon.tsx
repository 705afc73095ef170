import { sections } from '../../app/sections';

/** Stand-in for a section whose issue has not landed yet. */
export function ComingSoon({ path }: { path: string }) {
  const label = sections.find((s) => s.path === path)?.label ?? 'This section';
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">{label}</h1>
      <p className="muted">{label} is coming soon.</p>
    </section>
  );
}
