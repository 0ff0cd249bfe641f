import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { EventForm } from "@/components/admin/mediation/event-form";
import { TrackForm } from "@/components/admin/mediation/track-form";
import { StatusBadge } from "@/components/mediation/track-card";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { getMediationFormChoices, getTrackForEdit } from "@/lib/mediation/admin-queries";
import { saveEventAction, saveTrackAction } from "../actions";

export const metadata: Metadata = { title: "Edit mediation track" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const SAVED: Record<string, string> = { track: "Track saved.", event: "Event saved." };

async function EditTrack({ params, searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const db = getDb();
  const [data, choices] = await Promise.all([getTrackForEdit(db, viewer, id), getMediationFormChoices(db, viewer)]);
  if (!data) notFound();
  const { track, events } = data;
  const editing = typeof sp.event === "string" ? (events.find((e) => e.id === sp.event) ?? null) : null;
  const saved = typeof sp.saved === "string" ? SAVED[sp.saved] : undefined;
  const latest = [...events].reverse().find((e) => e.statusAfter);
  return (
    <>
      <h1>{track.name}</h1>
      {saved ? (
        <p role="status" className="form-ok">
          {saved}
        </p>
      ) : null}
      <p>
        Status now: <StatusBadge status={latest?.statusAfter ?? null} /> ·{" "}
        {track.published ? "Published" : "Draft (not shown publicly)"}
      </p>
      <TrackForm key={`track-${track.version}`} action={saveTrackAction} track={track} actors={choices.actors} />

      <h2 id="events">Dated steps</h2>
      {events.length === 0 ? (
        <p className="empty">No step yet: add the first one below.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="sr-only">Steps of this track in date order</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Title</th>
                <th scope="col">Status after</th>
                <th scope="col">Source</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{e.occurredOn}</td>
                  <td>{e.kind}</td>
                  <td>
                    {e.title}
                    {e.round ? ` (round ${e.round})` : ""}
                  </td>
                  <td>{e.statusAfter ? <StatusBadge status={e.statusAfter} /> : "—"}</td>
                  <td className="small">{e.documentId}</td>
                  <td>
                    <Link href={`/admin/mediation/${track.id}?event=${e.id}#event-form`} aria-label={`Edit ${e.title}`}>
                      Edit
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="event-form">{editing ? `Edit step: ${editing.title}` : "Add a step"}</h2>
      {editing ? (
        <p>
          <Link href={`/admin/mediation/${track.id}#event-form`}>Add a new step instead</Link>
        </p>
      ) : null}
      <EventForm
        key={editing ? `${editing.id}-${editing.version}` : `new-${events.length}`}
        action={saveEventAction}
        trackId={track.id}
        trackPublished={track.published}
        event={editing}
        documents={choices.documents}
      />
    </>
  );
}

export default function EditTrackPage(props: Props) {
  return (
    <section>
      <p>
        <Link href="/admin/mediation">← Mediation tracks</Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading track" />}>
        <EditTrack {...props} />
      </Suspense>
    </section>
  );
}
