import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { CorrectionNotes } from "@/components/correction-notes";
import { PageSkeleton } from "@/components/page-skeleton";
import { getIncidentCorrections } from "@/lib/corrections/data";
import { isoDay } from "@/lib/dates";
import { getIncidentRecord } from "@/lib/incidents/data";
import { incidentMetadata } from "@/lib/share/page-metadata";
import {
  INCIDENT_TYPE_LABELS, METRIC_LABELS, PRECISION_NOTE, SUBJECT_LABELS, TARGET_TYPE_LABELS, formatFigure, labelOf,
} from "@/lib/vocabulary";

type Params = { params: Promise<{ id: string }> };

const STATUS_LABELS: Record<string, string> = { REPORTED: "Reported", DISPUTED: "Disputed", CORROBORATED: "Corroborated" };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return incidentMetadata((await params).id);
}

async function IncidentRecord({ params }: Params) {
  const { id } = await params;
  const [i, corrections] = await Promise.all([getIncidentRecord(id), getIncidentCorrections(id)]);
  if (!i) notFound();
  const where = [i.place?.level === "LOCALITY" ? i.place.name : null, i.district?.name, i.province?.name].filter(Boolean).join(", ")
    || (i.country === "PAK" ? "Pakistan" : "Afghanistan");
  const documents = new Map([...i.citations.map((c) => [c.documentId, c.document] as const), ...i.claims.map((c) => [c.documentId, c.document] as const)]);
  return (
    <article>
      <h1>{i.title}</h1>
      <dl className="facts wide">
        <dt>When</dt><dd>{isoDay(i.occurredOn)}{i.occurredUntil ? ` to ${isoDay(i.occurredUntil)}` : ""}{PRECISION_NOTE[i.datePrecision]}</dd>
        <dt>Where</dt><dd>{where}{i.district?.exFata ? " (former tribal district, ex-FATA)" : ""}{i.locationText ? <span className="muted"> — as reported: {i.locationText}</span> : null}</dd>
        <dt>What</dt><dd>{labelOf(INCIDENT_TYPE_LABELS, i.type)}; target: {labelOf(TARGET_TYPE_LABELS, i.targetType)}</dd>
        <dt>Status</dt><dd>{STATUS_LABELS[i.status] ?? i.status}</dd>
        {i.episode && <><dt>Part of</dt><dd><Link href={`/casualties?scope=episode:${i.episode.id}`}>{i.episode.name}</Link></dd></>}
      </dl>
      <p>{i.summary}</p>

      <h2>Who is said to be responsible</h2>
      {i.perpetrators.length === 0 ? <p className="muted">No source names a perpetrator.</p> : (
        <ul>
          {i.perpetrators.map((p) => (
            <li key={p.id}>
              <strong>{p.actor.name}</strong> — {p.basis === "CLAIMED" ? "claimed responsibility" : `attributed by ${p.attributedBy.name}`}
              <blockquote>“{p.quote}”</blockquote><cite>{p.document.title}</cite>
            </li>
          ))}
        </ul>
      )}

      <h2>Claims about this incident</h2>
      {i.claims.length === 0 ? <p className="muted">No figures are recorded for this incident{i.episode ? "; see the episode's claims" : ""}.</p> : (
        <div className="table-scroll">
          <table>
            <thead><tr><th scope="col">Claimant</th><th scope="col">Figure</th><th scope="col">Made on</th><th scope="col">Quote</th></tr></thead>
            <tbody>
              {i.claims.map((c) => (
                <tr key={c.id} id={`claim-${c.id}`}>
                  <th scope="row">{c.claimant.name}{c.statedBy && <div className="muted small">{c.statedBy}</div>}</th>
                  <td>{labelOf(SUBJECT_LABELS, c.subject)}, {labelOf(METRIC_LABELS, c.metric)}: <span className="figure">{formatFigure(c)}</span>{c.stance !== "ASSERTED" && <span className="badge">{c.stance.toLowerCase()}</span>}{c.revisesId && <div className="muted small">revises an earlier figure</div>}</td>
                  <td className="nowrap">{isoDay(c.madeOn)}</td>
                  <td>“{c.quote}” <cite className="small">{c.document.title}</cite></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Sources ({documents.size})</h2>
      <ol className="sources">
        {i.citations.map((c) => (
          <li key={c.documentId}>
            <cite>{c.document.url ? <a href={c.document.url} rel="external noopener">{c.document.title}</a> : c.document.title}</cite>
            <span className="muted small"> — {c.document.source.name}{c.document.publishedOn ? `, ${isoDay(c.document.publishedOn)}` : ""}</span>
            <blockquote>“{c.quote}”</blockquote>
            {c.document.note && <p className="muted small">{c.document.note}</p>}
          </li>
        ))}
      </ol>
      <h2>Corrections</h2>
      <CorrectionNotes corrections={corrections} />
    </article>
  );
}

export default function IncidentPage({ params }: Params) {
  return (
    <Suspense fallback={<PageSkeleton label="Loading the incident" />}>
      <IncidentRecord params={params} />
    </Suspense>
  );
}
