// Sessions as a table (own sessions on the account page, everyone's on the sessions page).
import type { SessionRow } from "@/lib/auth/sessions";
import { EndSessionForm } from "./account-forms";

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export function SessionTable({ sessions, caption, showUser }: { sessions: SessionRow[]; caption: string; showUser: boolean }) {
  if (sessions.length === 0) return <p className="empty">No active sessions.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {showUser ? <th scope="col">User</th> : null}
            <th scope="col">Signed in</th><th scope="col">Last active</th><th scope="col">Expires</th>
            <th scope="col">Address and browser</th><th scope="col"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} data-session-id={s.id}>
              {showUser ? <td>{s.name} <span className="muted">{s.email}</span></td> : null}
              <td className="nowrap">{when(s.createdAt)}{s.current ? <span className="badge">this session</span> : null}</td>
              <td className="nowrap">{when(s.updatedAt)}</td>
              <td className="nowrap">{when(s.expiresAt)}</td>
              <td className="small">{s.ipAddress ?? "unknown address"} · {s.userAgent ?? "unknown browser"}</td>
              <td><EndSessionForm sessionId={s.id} label={`of ${s.email} signed in ${when(s.createdAt)}`} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
