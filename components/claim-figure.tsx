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
  };
};

/** A figure is always shown with its qualifier, its claimant and the quote it comes from. */
export function ClaimFigure({ claim }: Props) {
  return (
    <span className="figure" title={`“${claim.quote}” — ${claim.documentTitle}`}>
      {formatFigure(claim)}
    </span>
  );
}
