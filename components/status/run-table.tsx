import type { RunRow } from "@/lib/ingest/run-queries";
import { formatDuration, formatUtc, RUN_STATUS_LABELS, RUN_TRIGGER_LABELS } from "@/lib/ingest/status-format";

/** The last refresh runs, newest first; each with one line per source and its counts. */
export function RunTable({ runs }: { runs: RunRow[] }) {
  if (runs.length === 0) {
    return (
      <p className="empty">
        No refresh has run yet. The scheduled job runs every hour; <code>npm run refresh</code> runs it by hand.
      </p>
    );
  }
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="run-table" data-testid="run-table">
        <caption className="sr-only">Last {runs.length} refresh runs, newest first, with counts per source</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Trigger</th>
            <th scope="col">Duration</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            <th scope="col" className="num">
              Fetched
            </th>
            <th scope="col" className="num">
              New
            </th>
            <th scope="col" className="num">
              Updated
            </th>
            <th scope="col" className="num">
              Unchanged
            </th>
            <th scope="col" className="num">
              Rejected
            </th>
            <th scope="col">Errors</th>
          </tr>
        </thead>
        {runs.map((run) => {
          const span = Math.max(1, run.sources.length);
          const head = (
            <>
              <th scope="rowgroup" rowSpan={span} className="nowrap">
                <time dateTime={run.startedAt}>{formatUtc(run.startedAt)}</time>
              </th>
              <td rowSpan={span}>{RUN_TRIGGER_LABELS[run.trigger]}</td>
              <td rowSpan={span} className="nowrap">
                {run.durationMs === null ? "—" : formatDuration(run.durationMs)}
              </td>
              <td rowSpan={span}>
                <span className={`status run-${run.status.toLowerCase()}`}>{RUN_STATUS_LABELS[run.status]}</span>
                {run.stoppedEarly && <span className="small muted"> time limit reached; the next run resumes</span>}
                {run.error && run.sources.length === 0 && <p className="small">{run.error}</p>}
              </td>
            </>
          );
          return (
            <tbody key={run.id} data-run-id={run.id}>
              {run.sources.length === 0 ? (
                <tr>
                  {head}
                  <td colSpan={7} className="muted">
                    No source was run.
                  </td>
                </tr>
              ) : (
                run.sources.map((source, index) => (
                  <tr key={source.slug}>
                    {index === 0 && head}
                    <td>{source.name}</td>
                    <td className="num">{source.fetched}</td>
                    <td className="num">{source.created}</td>
                    <td className="num">{source.updated}</td>
                    <td className="num">{source.unchanged}</td>
                    <td className="num">{source.rejected}</td>
                    <td className="small">
                      {source.error ?? (source.finished ? "" : "in progress")}
                      {source.rejections.length > 0 && (
                        <details>
                          <summary>
                            {source.rejected} rejected item{source.rejected === 1 ? "" : "s"}
                          </summary>
                          <ul>
                            {source.rejections.map((rejection, rejectionIndex) => (
                              <li key={rejectionIndex}>
                                {rejection.externalId ? <code>{rejection.externalId}</code> : "item"}:{" "}
                                {rejection.reason}
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
