import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { IncidentForm } from "@/components/admin/forms/incident-form";
import { PublishForm } from "@/components/admin/forms/publish-form";
import { SavedMessage } from "@/components/admin/saved-message";
import { PageSkeleton } from "@/components/page-skeleton";
import { getIncidentFormOptions } from "@/lib/admin/incident-form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listClaimsForAdmin } from "@/lib/claims/claim-admin-queries";
import { getDb } from "@/lib/db";
import { getIncidentForEdit } from "@/lib/incidents/incident-admin-queries";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";
import { publishIncidentAction, saveIncidentAction } from "../actions";

export const metadata: Metadata = { title: "Edit incident" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function EditIncident({ params, searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { id } = await params;
  const saved = (await searchParams).saved;
  const db = getDb();
  const [incident, options, claims] = await Promise.all([
    getIncidentForEdit(db, viewer, id),
    getIncidentFormOptions(db, viewer),
    listClaimsForAdmin(db, viewer, { incidentId: id }),
  ]);
  if (!incident) notFound();
  return (
    <>
      <h1>{incident.title}</h1>
      <SavedMessage saved={saved} what="incident" publishedText="Published: the incident is on the public pages." />
      <p>
        {incident.published ? (
          <>
            Published — <Link href={`/incidents/${id}`}>public page</Link>
          </>
        ) : (
          <span className="badge">draft</span>
        )}
        {" · "}version {incident.version} · <Link href={`/admin/incidents/${id}/history`}>history</Link>
      </p>
      {/* key: a new version remounts the forms so they start from the saved record */}
      <PublishForm
        key={`p${incident.version}`}
        action={publishIncidentAction}
        id={id}
        version={incident.version}
        published={incident.published}
        what="incident"
      />
      <h2>Claims about this incident</h2>
      {claims.length === 0 ? (
        <p className="muted">No claims yet.</p>
      ) : (
        <ul>
          {claims.map((c) => (
            <li key={c.id}>
              <Link href={`/admin/claims/${c.id}`}>
                {c.claimant.name}: {labelOf(SUBJECT_LABELS, c.subject)}, {labelOf(METRIC_LABELS, c.metric)}{" "}
                {formatFigure(c)}
              </Link>
              {c.published ? null : <span className="badge">draft</span>}
              {c.revisedBy ? <span className="badge">revised</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/admin/claims/new?incident=${id}`}>Add a claim about this incident</Link>
      </p>
      <h2>Edit</h2>
      <IncidentForm key={`f${incident.version}`} action={saveIncidentAction} incident={incident} options={options} />
    </>
  );
}

export default function EditIncidentPage(props: Props) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the incident" />}>
        <EditIncident {...props} />
      </Suspense>
    </section>
  );
}
