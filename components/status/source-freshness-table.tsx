import type { SourceFreshnessRow } from "@/lib/ingest/run-queries";
import { formatAge, formatUtc, STALE_AFTER_MS } from "@/lib/ingest/status-format";

/** Each configured source: when it last succeeded, how long ago, and its last error. */
export function SourceFreshnessTable({ sources, now }: { sources: SourceFreshnessRow[]; now: Date }) {
  if (sources.length === 0)
    return <p className="empty">No feed sources are configured yet; the first refresh creates them.</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table data-testid="source-table">
        <caption className="sr-only">Freshness of each feed source</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Enabled</th>
            <th scope="col">Last success</th>
            <th scope="col">Age</th>
            <th scope="col">Last error</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => {
            const stale =
              source.enabled &&
              (!source.lastSuccessAt || now.getTime() - Date.parse(source.lastSuccessAt) > STALE_AFTER_MS);
            return (
              <tr key={source.slug} data-source={source.slug}>
                <th scope="row">
                  {source.name}
                  {source.autoPublish && (
                    <span className="badge" title="Its records are published without review">
                      auto-published
                    </span>
                  )}
                </th>
                <td>{source.kind}</td>
                <td>{source.enabled ? "Yes" : "No"}</td>
                <td className="nowrap">
                  {source.lastSuccessAt ? (
                    <time dateTime={source.lastSuccessAt}>{formatUtc(source.lastSuccessAt)}</time>
                  ) : (
                    "never"
                  )}
                </td>
                <td className="nowrap">
                  {source.lastSuccessAt ? formatAge(source.lastSuccessAt, now) : "—"}
                  {stale && <span className="badge">stale</span>}
                </td>
                <td className="small">{source.lastError ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
