// One record's audit history: who changed what and when, with each changed field's value before
// and after. Values are rendered as text (escaped by React), never as markup.
import { changedFields, type AuditEntryRow } from "@/lib/audit/audit-queries";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v));
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function HistoryTable({ entries, caption }: { entries: AuditEntryRow[]; caption: string }) {
  if (entries.length === 0) return <p className="empty">No recorded changes yet.</p>;
  return (
    <div className="table-scroll">
      <table className="history">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Changes</th></tr></thead>
        <tbody>
          {entries.map((e) => {
            const changes = e.action === "create" ? [] : changedFields(e);
            return (
              <tr key={e.id} data-audit-action={e.action}>
                <td className="nowrap">{when(e.at)}</td>
                <td>{e.userName ?? "system"}{e.userEmail ? <div className="muted small">{e.userEmail}</div> : null}</td>
                <td>{e.action}</td>
                <td>
                  {e.action === "create" ? <span className="muted">created (version 1)</span> : changes.length === 0 ? <span className="muted">—</span> : (
                    <dl className="facts">
                      {changes.map((c) => (
                        <div key={c.field} style={{ display: "contents" }}>
                          <dt>{c.field}</dt>
                          <dd><del>{show(c.before)}</del> → <ins>{show(c.after)}</ins></dd>
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
