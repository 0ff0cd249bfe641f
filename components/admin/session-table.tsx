// Sessions as a table (own sessions on the account page, everyone's on the sessions page).
import type { SessionRow } from "@/lib/auth/sessions";
import { EndSessionForm } from "./account-forms";

const when = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export function SessionTable({
  sessions,
  caption,
  showUser,
}: {
  sessions: SessionRow[];
  caption: string;
  showUser: boolean;
}) {
  if (sessions.length === 0) return <p className="empty">No active sessions.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {showUser ? <th scope="col">User</th> : null}
            <th scope="col">Signed in</th>
            <th scope="col">Last active</th>
            <th scope="col">Expires</th>
            <th scope="col">Address and browser</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} data-session-id={session.id}>
              {showUser ? (
                <td>
                  {session.name} <span className="muted">{session.email}</span>
                </td>
              ) : null}
              <td className="nowrap">
                {when(session.createdAt)}
                {session.current ? <span className="badge">this session</span> : null}
              </td>
              <td className="nowrap">{when(session.updatedAt)}</td>
              <td className="nowrap">{when(session.expiresAt)}</td>
              <td className="small">
                {session.ipAddress ?? "unknown address"} · {session.userAgent ?? "unknown browser"}
              </td>
              <td>
                <EndSessionForm
                  sessionId={session.id}
                  label={`of ${session.email} signed in ${when(session.createdAt)}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
