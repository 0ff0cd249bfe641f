// One record's audit history: who changed what and when, with each changed field's value before
// and after. Values are rendered as text (escaped by React), never as markup.
import { changedFields, type AuditEntryRow } from "@/lib/audit/audit-queries";

const show = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "—"
    : typeof value === "string"
      ? value
      : JSON.stringify(value);
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function HistoryTable({ entries, caption }: { entries: AuditEntryRow[]; caption: string }) {
  if (entries.length === 0) return <p className="empty">No recorded changes yet.</p>;
  return (
    <div className="table-scroll">
      <table className="history">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const changes = entry.action === "create" ? [] : changedFields(entry);
            return (
              <tr key={entry.id} data-audit-action={entry.action}>
                <td className="nowrap">{when(entry.at)}</td>
                <td>
                  {entry.userName ?? "system"}
                  {entry.userEmail ? <div className="muted small">{entry.userEmail}</div> : null}
                </td>
                <td>{entry.action}</td>
                <td>
                  {entry.action === "create" ? (
                    <span className="muted">created (version 1)</span>
                  ) : changes.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <dl className="facts">
                      {changes.map((change) => (
                        <div key={change.field} style={{ display: "contents" }}>
                          <dt>{change.field}</dt>
                          <dd>
                            <del>{show(change.before)}</del> → <ins>{show(change.after)}</ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
