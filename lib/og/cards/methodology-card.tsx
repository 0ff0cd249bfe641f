import { Frame, Muted } from "../layout";
import type { CardContext } from "./context";

const RULES = [
  "Every figure is a claim: its claimant, source, date and quote",
  "Each side's figures side by side, never added together",
  "Qualifiers kept: “at least 133” is not 133",
  "Revisions kept; corrections dated; CC BY 4.0",
];

export async function methodologyCard(_args: object, { fit, updated }: CardContext) {
  return (
    <Frame
      fit={fit}
      kicker="Methodology"
      title="How the Pakistan–Afghanistan conflict record is kept"
      updated={updated}
    >
      {RULES.map((r) => (
        <div key={r} style={{ display: "flex", marginBottom: 10 }}>
          <Muted size={30}>{`— ${r}`}</Muted>
        </div>
      ))}
    </Frame>
  );
}
