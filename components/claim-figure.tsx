import { quoteTitle } from "@/components/quote-text";
import { formatFigure } from "@/lib/vocabulary";

type Props = {
  claim: {
    valueLow: number;
    valueHigh: number;
    qualifier: string;
    claimantName: string;
    madeOn: string;
    documentTitle: string;
    quote: string;
    quoteKind?: string;
  };
};

/** A figure is always shown with its qualifier, its claimant and the quote it comes from. */
export function ClaimFigure({ claim }: Props) {
  return (
    <span
      className="figure"
      title={`${quoteTitle(claim.quote, claim.quoteKind ?? "VERBATIM")} — ${claim.documentTitle}`}
    >
      {formatFigure(claim)}
    </span>
  );
}
