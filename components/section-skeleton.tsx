/** Placeholder for one streamed section of a page. Give it about the height the section usually
 *  has (pages use the height measured at desktop width with the seeded record), so the sections
 *  below don't jump when it arrives: each section streams on its own. */
export function SectionSkeleton({ label, height }: { label: string; height: string }) {
  return (
    <div aria-busy="true" role="status" className="skeleton-stack">
      <span className="sr-only">{label}…</span>
      <div className="skeleton" style={{ height, minHeight: height }} />
    </div>
  );
}
