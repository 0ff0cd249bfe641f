/** Placeholder while a page's data streams in: keeps the layout from jumping. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-live="polite" role="status" className="skeleton-stack">
      <span className="sr-only">{label}…</span>
      <div className="skeleton" style={{ height: "3rem" }} />
      <div className="skeleton" style={{ height: "16rem" }} />
      <div className="skeleton" style={{ height: "10rem" }} />
    </div>
  );
}
