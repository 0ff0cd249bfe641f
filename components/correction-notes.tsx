// Dated public correction notes for a record ("Corrected on 30 Nov 2026: …"). Notes are plain
// text, rendered escaped like everything else.
import Link from "next/link";
import type { PublicCorrection } from "@/lib/corrections/correction-queries";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** 2026-11-30 → "30 Nov 2026" (fixed format, independent of the server's locale). */
export const correctionDate = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

export function CorrectionNotes({ corrections }: { corrections: PublicCorrection[] }) {
  if (corrections.length === 0) {
    return (
      <p className="muted">
        No correction has been published for this record. Report an error: see the{" "}
        <Link href="/methodology#corrections">corrections policy</Link>.
      </p>
    );
  }
  return (
    <ul className="corrections">
      {corrections.map((correction) => (
        <li key={correction.id}>
          <strong>
            Corrected on <time dateTime={correction.on}>{correctionDate(correction.on)}</time>:
          </strong>{" "}
          {correction.note}
          {correction.entityType === "Claim" ? (
            <>
              {" "}
              (<a href={`#claim-${correction.entityId}`}>the figure concerned</a>)
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
