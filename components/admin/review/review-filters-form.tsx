import Link from "next/link";
import type { ReviewFilters } from "@/lib/review/review-filters";

const STATUSES = [
  ["PENDING", "Pending"],
  ["ACCEPTED", "Accepted"],
  ["MERGED", "Merged"],
  ["REJECTED", "Rejected"],
  ["ALL", "Any status"],
] as const;

/** A plain GET form: the queue's filters live in the URL, so a view can be shared and reloaded. */
export function ReviewFiltersForm({
  filters,
  sources,
}: {
  filters: ReviewFilters;
  sources: { slug: string; name: string }[];
}) {
  return (
    <form className="filters" method="get" action="/admin/review" aria-label="Filter the review queue">
      <label>
        Status
        <select name="status" defaultValue={filters.status}>
          {STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <select name="source" defaultValue={filters.source ?? ""}>
          <option value="">All sources</option>
          {sources.map((source) => (
            <option key={source.slug} value={source.slug}>
              {source.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Published from <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label>
        Published to <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      <label>
        Text <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={200} />
      </label>
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href="/admin/review">Clear</Link>
      </div>
    </form>
  );
}
