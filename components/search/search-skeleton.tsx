/** Placeholder while a search runs: the count line and a few results, so the page keeps its shape. */
export function SearchSkeleton() {
  return (
    <div aria-busy="true" role="status" className="skeleton-stack search-skeleton">
      <span className="sr-only">Searching the record…</span>
      <div className="skeleton" style={{ height: "1.5rem", width: "60%" }} />
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="skeleton" style={{ height: "5.5rem" }} />
      ))}
    </div>
  );
}
