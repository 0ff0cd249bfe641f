import { FollowFeeds } from "@/components/follow-feeds";
import type { DateBasis, LatestChange } from "@/lib/changes/change-types";

// What a date means when it is not the plain date of the event, the claim or the report.
const DATE_NOTES: Partial<Record<DateBasis, string>> = {
  "period-end": "report undated: the counted period's end",
  corrected: "note written",
};

function ChangeList({ changes, label }: { changes: LatestChange[]; label: string }) {
  if (changes.length === 0) return <p className="empty">Nothing to list yet.</p>;
  return (
    <ol className="change-list" aria-label={label}>
      {changes.map((change) => (
        <li key={change.id} data-kind={change.kind}>
          <time dateTime={change.on} className="change-date">
            {change.on}
          </time>
          {DATE_NOTES[change.dateBasis] && <span className="muted small"> ({DATE_NOTES[change.dateBasis]})</span>}{" "}
          {/* Plain links: a list of records, not a menu; nothing to prefetch. */}
          <a href={change.href}>{change.description}</a>
        </li>
      ))}
    </ol>
  );
}

/** The latest changes to the public record, newest first, and every recent revision of a
 *  published figure (a claimant's or a counter's) one click away. Each entry is dated by when it
 *  happened, was claimed or was published, and links to where the record stands. */
export function LatestChanges({ changes, revisions }: { changes: LatestChange[]; revisions: LatestChange[] }) {
  return (
    <section aria-labelledby="latest-changes-title" className="latest-changes">
      <h2 id="latest-changes-title">Latest changes to the record</h2>
      <p className="muted">
        New incidents, figures, revisions, correction notes, mediation steps and ceasefires, newest first. Each figure
        is its claimant&apos;s or counter&apos;s.
      </p>
      <FollowFeeds />
      <ChangeList changes={changes} label="Latest changes, newest first" />
      <details className="latest-revisions">
        <summary>The latest revised figures, newest first</summary>
        <ChangeList changes={revisions} label="Revised figures, newest first" />
      </details>
    </section>
  );
}
