// One synthetic incident and its dependent rows, regenerated from (seed, i) alone so each COPY
// pass (incidents, perpetrators, citations, claims) can emit its table without holding the others.
// Claims are emitted in order, a revision always after the claim it revises: the Claim trigger
// that sets chainId from the revised claim sees it (COPY inserts row by row on a table with a
// BEFORE ROW trigger).
import { mix, pick, prng } from "./random";
import {
  ATTRIBUTORS,
  CLAIMANTS,
  CLAIM_COUNT,
  DAY_MS,
  GROUPS_BA,
  GROUPS_KP,
  METRICS,
  PERP_COUNT,
  PRECISION,
  QUALIFIERS,
  STANCES,
  START,
  STATUS,
  SUBJECTS,
  TARGETS,
  TYPES,
  WAR_TYPES,
  isoDay,
  type Ref,
} from "./shape";

export type Row = (string | number | boolean | null)[];
export type Emit = {
  incident?: (r: Row) => void;
  perpetrator?: (r: Row) => void;
  citation?: (r: Row) => void;
  claim?: (r: Row) => void;
};

/** Regenerates incident i (and its dependent rows) from (seed, i); emits only the requested tables. */
export function generateIncident(seed: number, i: number, ref: Ref, now: string, out: Emit): number {
  const r = prng(mix(seed, i));
  const id = `syn-inc-${i}`;
  const dayIndex = pick(ref.days, r());
  const occurred = START + dayIndex * DAY_MS;
  const occurredOn = isoDay(occurred);
  const district = pick(ref.districts, r());
  const episode = ref.episodes.find((e) => occurred >= e.from && occurred <= e.to);
  const type = pick(episode ? WAR_TYPES : TYPES, r());
  const target = pick(TARGETS, r());
  // Every random draw happens whichever table is being emitted (an optional call skips its
  // arguments), so all passes see the same incident.
  const precision = pick(PRECISION, r()),
    status = pick(STATUS, r()),
    inEpisode = r() < 0.7;
  let rows = 1;
  out.incident?.([
    id,
    `Synthetic ${type.toLowerCase().replace(/_/g, " ")} in ${district.name}`,
    `Synthetic incident ${i}: ${type} against ${target} in ${district.name} on ${occurredOn}.`,
    occurredOn,
    null,
    precision,
    "PAK",
    district.provinceId,
    district.id,
    district.id,
    district.name,
    type,
    target,
    status,
    episode && inEpisode ? episode.id : null,
    true,
    1,
    "synthetic",
    String(i),
    now,
    now,
  ]);

  const docA = `syn-doc-${Math.floor(r() * ref.docCount)}`;
  let docB = `syn-doc-${Math.floor(r() * ref.docCount)}`;
  const twoCitations = r() < 0.45 && docB !== docA;
  if (!twoCitations) docB = docA;
  out.citation?.([id, docA, `Synthetic report of incident ${i}.`]);
  if (twoCitations) out.citation?.([id, docB, `Second synthetic report of incident ${i}.`]);
  rows += twoCitations ? 2 : 1;

  const perps = pick(PERP_COUNT, r());
  const groups = district.provinceId === "PK-BA" ? GROUPS_BA : GROUPS_KP;
  const seen = new Set<string>();
  for (let k = 0; k < perps; k++) {
    const actor = pick(groups, r());
    const claimed = r() < 0.45 && actor !== "afghan-taliban-forces";
    const by = claimed ? actor : pick(ATTRIBUTORS, r());
    const key = `${actor}|${claimed}|${by}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.perpetrator?.([
      `syn-perp-${i}-${k}`,
      id,
      actor,
      claimed ? "CLAIMED" : "ATTRIBUTED",
      by,
      k === 0 ? docA : docB,
      claimed ? `${actor} said it carried out the attack.` : `Officials blamed ${actor} for the attack.`,
    ]);
    rows++;
  }

  const nClaims = pick(CLAIM_COUNT, r());
  const claims: {
    id: string;
    claimant: string;
    subject: string;
    metric: string;
    value: number;
    madeOn: number;
    revised: boolean;
  }[] = [];
  const claimants = new Set<string>();
  for (let k = 0; k < nClaims; k++) {
    const open = claims.filter((c) => !c.revised);
    const revise = open.length > 0 && r() < 0.25 ? open[Math.floor(r() * open.length)]! : null;
    let claimant: string, subject: string, metric: string, value: number, madeOn: number;
    if (revise) {
      revise.revised = true;
      ({ claimant, subject, metric } = revise);
      value = revise.value + 1 + Math.floor(r() * 6);
      madeOn = revise.madeOn + (1 + Math.floor(r() * 5)) * DAY_MS;
    } else {
      claimant = pick(CLAIMANTS, r());
      for (let tries = 0; claimants.has(claimant) && tries < 8; tries++) claimant = pick(CLAIMANTS, r());
      if (claimants.has(claimant)) continue; // different claimants only; fewer claims this time
      claimants.add(claimant);
      subject = pick(SUBJECTS, r());
      metric = pick(METRICS, r());
      value = Math.floor(Math.pow(r(), 3) * 40);
      madeOn = occurred + Math.floor(r() * 3) * DAY_MS;
    }
    const qualifier = pick(QUALIFIERS, r());
    const high = qualifier === "RANGE" ? value + 1 + Math.floor(r() * 5) : value;
    const claimId = `syn-clm-${i}-${k}`;
    const stance = pick(STANCES, r()),
      doc = r() < 0.5 ? docA : docB;
    claims.push({ id: claimId, claimant, subject, metric, value, madeOn, revised: false });
    out.claim?.([
      claimId,
      claimant,
      null,
      subject,
      metric,
      value,
      high,
      qualifier,
      stance,
      id,
      null,
      null,
      null,
      isoDay(madeOn),
      "DAY",
      doc,
      `${claimant}: ${value} ${subject.toLowerCase()} ${metric.toLowerCase()}.`,
      null,
      revise ? revise.id : null,
      true,
      1,
      now,
      now,
    ]);
    rows++;
  }
  return rows;
}
