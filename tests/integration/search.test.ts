// Full-text search on each seeded database. Every expected id is written out by hand from
// prisma/dataset/: which incidents are coded to Bajaur district or name it (incidents.json), who
// spoke as "Spokesman Zabihullah Mujahid" (claims.json, statements.json), the claims quoting
// Information Minister Tarar's "No damage to life" (claims.json), and the records that spell a
// name one way where a reader may type another.
import { describe, expect, it } from "vitest";
import { searchResponse } from "@/lib/api/search-api";
import { SEARCH_ENDPOINT } from "@/lib/api/search-api";
import type { DbTx } from "@/lib/db/create-client";
import { searchRecord } from "@/lib/search/search-queries";
import { searchQuerySchema } from "@/lib/search/search-query";
import { FOLD_FROM, searchWords } from "@/lib/search/search-text";
import { eachDatabase } from "../setup/each-database";

const BAJAUR_DISTRICT_INCIDENTS = [
  "afghan-attack-border-posts-bajaur-2026-02-26",
  "bajaur-mosque-damaged-by-shelling-2026-02",
  "bajaur-vbied-security-post-2026-02",
];
// Coded elsewhere, but their text names Bajaur (the sectors of the 26–27 Feb fire; the attacks
// that prompted the strikes of 21–22 Feb).
const NAMING_BAJAUR = [
  "pakistani-fire-on-afghan-border-posts-2026-02-26-27",
  "pakistani-strikes-afghanistan-2026-02-21-22",
];
const MUJAHID_CLAIMS = ["kabul", "kandahar", "paktia"].flatMap((place) =>
  ["killed", "injured"].map((metric) => `kabul-no-casualties-${place}-strike-${metric}`),
);
const MUJAHID_STATEMENTS = [
  "af-mujahid-accuses-pakistan-isis-safe-havens",
  "af-mujahid-confirms-strikes-announces-operations-2026-02-27",
  "af-mujahid-ttp-pakistans-internal-issue",
];
const NO_DAMAGE_CLAIMS = ["abbottabad", "nowshera", "swabi"].map((city) => `pak-drone-${city}-killed-none`);

const search = (db: DbTx, q: string, extra: Record<string, string> = {}) =>
  searchRecord(db, searchQuerySchema.parse({ q, ...extra }));
const idsOf = (hits: { kind: string; id: string }[], kind: string) =>
  hits
    .filter((hit) => hit.kind === kind)
    .map((hit) => hit.id)
    .sort();
const keysOf = (hits: { kind: string; id: string }[]) => hits.map((hit) => `${hit.kind}:${hit.id}`).sort();

describe.each(eachDatabase())("search on $name", ({ db }) => {
  it("finds the incidents of a district by its name, those coded to it first, and the district itself", async () => {
    const result = await search(db, "Bajaur");
    expect(idsOf(result.hits, "incident")).toEqual([...BAJAUR_DISTRICT_INCIDENTS, ...NAMING_BAJAUR].sort());
    expect(idsOf(result.hits, "place")).toEqual(["PK-KP-bajaur"]);
    expect(result.total).toBe(6);
    expect(result.counts).toMatchObject({ incident: 5, place: 1, claim: 0, statement: 0 });
    const ranks = result.hits.filter((hit) => hit.kind === "incident").map((hit) => hit.id);
    expect(ranks.slice(0, 3).sort()).toEqual(BAJAUR_DISTRICT_INCIDENTS);
    const vbied = result.hits.find((hit) => hit.id === "bajaur-vbied-security-post-2026-02")!;
    expect(vbied).toMatchObject({
      href: "/incidents/bajaur-vbied-security-post-2026-02",
      date: "2026-02-07",
      context: "Found by its district: Bajaur",
    });
    expect(result.hits.find((hit) => hit.kind === "place")!.href).toBe("/attacks?district=PK-KP-bajaur");
    // A word of the incident's text and a word of its context together: Tehreek-e-Taliban
    // Pakistan is the perpetrator of the 27 Apr attack whose summary names South Waziristan.
    expect(idsOf((await search(db, "Tehreek Waziristan")).hits, "incident")).toEqual([
      "ttp-attack-security-personnel-2026-04-27",
    ]);
  });

  it("finds a spokesman's claims and statements, each claim with its claimant, figure and quote kind", async () => {
    const result = await search(db, "Zabihullah Mujahid");
    expect(idsOf(result.hits, "claim")).toEqual(MUJAHID_CLAIMS.sort());
    expect(idsOf(result.hits, "statement")).toEqual(MUJAHID_STATEMENTS);
    const claim = result.hits.find((hit) => hit.id === "kabul-no-casualties-kabul-strike-killed")!;
    expect(claim.href).toBe(
      "/incidents/pakistani-airstrike-kabul-2026-02-27#claim-kabul-no-casualties-kabul-strike-killed",
    );
    expect(claim.claim).toMatchObject({
      claimant: "Afghan Taliban authorities",
      statedBy: "Spokesman Zabihullah Mujahid",
      qualifier: "NONE",
    });
    expect(claim.claim!.quoteKind).toMatch(/^(VERBATIM|SUMMARY)$/);
    expect(claim.title).toContain("Claim by Afghan Taliban authorities (Spokesman Zabihullah Mujahid)");
    const statement = result.hits.find((hit) => hit.id === "af-mujahid-ttp-pakistans-internal-issue")!;
    expect(statement.href).toBe("/mediation#statement-af-mujahid-ttp-pakistans-internal-issue");
  });

  it("finds a phrase quoted verbatim from a claim, in that order only, and marks it in the excerpt", async () => {
    const result = await search(db, '"No damage to life"');
    expect(idsOf(result.hits, "claim")).toEqual(NO_DAMAGE_CLAIMS);
    expect(idsOf(result.hits, "incident")).toEqual(
      ["abbottabad", "nowshera", "swabi"].map((city) => `drone-attack-${city}-2026-02-27`),
    );
    const claim = result.hits.find((hit) => hit.id === "pak-drone-swabi-killed-none")!;
    expect(claim.snippet).toMatchObject({ source: "quote", quoteKind: "VERBATIM" });
    // "No" is marked too where the database reads “ as a separator (not in a C locale, where “No is one word).
    const marked = claim.snippet!.parts.filter((part) => part.match).map((part) => part.text);
    expect(marked).toEqual([expect.stringMatching(/^(No )?damage to life$/)]);
    expect(claim.claim).toMatchObject({ claimant: "Government of Pakistan", figure: "none" });
    expect((await search(db, '"life to damage no"')).total).toBe(0);
  });

  it.each([
    ["Fitrat", "Fetrat", "claim:fitrat-all-sides-killed-78"],
    ["Zabihullah", "Zabiullah", "claim:kabul-no-casualties-paktia-strike-killed"],
    ["Mujahid", "Mujahed", "statement:af-mujahid-ttp-pakistans-internal-issue"],
    ["Tehrik-i-Taliban", "Tehreek-e-Taliban", "actor:ttp"],
    ["Tehrik", "Tehreek", "incident:ttp-attack-security-personnel-2026-04-27"],
    ["Waziristan", "Wazirstan", "claim:pak-forces-north-waziristan-militants-killed-22"],
    ["Abbottabad", "Abbotabad", "place:PK-KP-abbottabad"],
    ["Türkiye", "Turkey", "mediation:qatar-turkiye-mediation"],
    ["Ghazab lil-Haq", "Ghazab-lil-Haq", "statement:pak-operation-ghazab-lil-haq-announced-2026-02-27"],
    ["Bajaur", "Bajour", "incident:bajaur-vbied-security-post-2026-02"],
  ])("finds the same records for %s and %s", async (one, other, expected) => {
    const [a, b] = await Promise.all([search(db, one), search(db, other)]);
    expect(keysOf(a.hits)).toContain(expected);
    expect(keysOf(b.hits)).toEqual(keysOf(a.hits));
  });

  it("narrows to the kinds asked for and pages by 20, counting every kind", async () => {
    const claims = await search(db, "Fitrat", { kind: "claim,statement" });
    expect(keysOf(claims.hits)).toEqual([
      "claim:fitrat-afghan-civilians-killed-52",
      "claim:fitrat-all-sides-killed-78",
      "claim:fitrat-own-forces-killed-13",
      "claim:fitrat-pak-civilians-killed-1",
      "claim:fitrat-pak-forces-killed-12",
      "statement:af-fitrat-orders-end-of-operations",
    ]);
    expect(claims.total).toBe(6);
    expect(claims.counts).toMatchObject({ claim: 5, statement: 1, incident: 5, document: 1 });
    const pages = await Promise.all([1, 2].map((page) => search(db, "Pakistan", { page: String(page) })));
    expect(pages[0]!.hits).toHaveLength(20);
    expect(pages[0]!.pageCount).toBeGreaterThan(1);
    const seen = new Set(pages.flatMap((page) => page.hits.map((hit) => `${hit.record}:${hit.id}`)));
    expect(seen.size).toBe(pages[0]!.hits.length + pages[1]!.hits.length);
  });

  it("never finds, counts or names an unpublished record, nor what only a draft cites", async () => {
    // Written inside a transaction that is rolled back: other files share this database.
    const rollback = new Error("rollback");
    await expect(
      db.$transaction(async (tx) => {
        await tx.actor.create({
          data: { id: "zz-zorbulak-front", name: "Zorbulak Front", kind: "ARMED_GROUP", side: "ARMED_GROUP" },
        });
        await tx.document.create({
          data: {
            id: "zz-zorbulak-dossier",
            sourceId: "pakistani-daily-editorial",
            title: "Zorbulak dossier",
            contentHash: "zz",
          },
        });
        const cited = { documentId: "zz-zorbulak-dossier", quote: "Zorbulak Front attacked a post in Bajaur." };
        await tx.incident.create({
          data: {
            id: "zz-draft-zorbulak",
            title: "Draft: Zorbulak attack in Bajaur",
            summary: "A draft that no reader may see.",
            occurredOn: new Date("2026-03-01"),
            country: "PAK",
            provinceId: "PK-KP",
            districtId: "PK-KP-bajaur",
            placeId: "PK-KP-bajaur",
            type: "ARMED_ASSAULT",
            targetType: "SECURITY_FORCES",
            published: false,
            citations: { create: cited },
            perpetrators: {
              create: { ...cited, actorId: "zz-zorbulak-front", basis: "CLAIMED", attributedById: "zz-zorbulak-front" },
            },
          },
        });
        // Published itself, but about a draft incident: it waits for the incident, as on the ledger.
        await tx.claim.create({
          data: {
            ...cited,
            id: "zz-claim-on-draft",
            claimantId: "zz-zorbulak-front",
            subject: "PAKISTANI_FORCES",
            metric: "KILLED",
            valueLow: 3,
            valueHigh: 3,
            qualifier: "EXACT",
            incidentId: "zz-draft-zorbulak",
            madeOn: new Date("2026-03-01"),
            published: true,
          },
        });
        await tx.statement.create({
          data: {
            ...cited,
            id: "zz-draft-statement",
            actorId: "gov-pakistan",
            kind: "POSITION",
            madeOn: new Date("2026-03-02"),
            summary: "Zorbulak draft.",
          },
        });
        const zorbulak = await search(tx, "Zorbulak");
        expect(zorbulak.total).toBe(0);
        expect(Object.values(zorbulak.counts).every((n) => n === 0)).toBe(true);
        const bajaur = await search(tx, "Bajaur");
        expect(idsOf(bajaur.hits, "incident")).not.toContain("zz-draft-zorbulak");
        expect(bajaur.counts.incident).toBe(5);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await db.incident.count({ where: { id: "zz-draft-zorbulak" } })).toBe(0);
  });

  it("normalises text in SQL exactly as the query side does", async () => {
    const punctuation =
      `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~` + "\u00a0‘’‚‛“”„‟′″–—‐‑‒―−…·•«»‹›ʼʻʿʾ\u200b\u200c\u200d\ufeff€§°×≈→⚠";
    const samples = [
      ...Array.from(FOLD_FROM, (letter) => `q${letter}q`),
      ...Array.from(punctuation, (mark, n) => `p${n}x${mark}p${n}y`),
      "Kandahe\u0301r TÜRKİYE Ghazab-lil-Haq Pakistan’s",
    ];
    const fromDataset = await db.$queryRaw<{ t: string }[]>`
      SELECT concat_ws(' ', "title", "summary", "locationText") AS t FROM "Incident"
      UNION ALL SELECT concat_ws(' ', "quote", "statedBy", "note") FROM "Claim"
      UNION ALL SELECT concat_ws(' ', "summary", "quote", "statedBy") FROM "Statement"`;
    const texts = [...samples, ...fromDataset.map((row) => row.t)];
    const rows = await db.$queryRaw<{ t: string; lexemes: string[] | null }[]>`
      SELECT t, (SELECT array_agg(x.lexeme ORDER BY x.lexeme) FROM unnest(to_tsvector('simple', fm_search_text(t))) x)
             AS lexemes
      FROM unnest(${texts}::text[]) t`;
    const mismatches = rows.filter(
      (row) => JSON.stringify(row.lexemes ?? []) !== JSON.stringify([...new Set(searchWords(row.t))].sort()),
    );
    expect(mismatches.map((row) => row.t)).toEqual([]);
  });

  it("serves the API: documented fields, meta, and a 400 naming every problem", async () => {
    const ctx = { siteUrl: "https://frontier.example", now: new Date("2026-05-01T12:00:00Z") };
    const run = (qs: string) =>
      searchResponse((query) => searchRecord(db, query), `http://localhost/api/v1/search?${qs}`, ctx);
    const ok = await run("q=%22No+damage+to+life%22&kind=claim");
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.meta).toMatchObject({ total: 3, page: 1, pageSize: 20, searched: "no <-> damage <-> to <-> life" });
    expect(body.data.map((row: { id: string }) => row.id).sort()).toEqual(NO_DAMAGE_CLAIMS);
    expect(Object.keys(body.data[0]).sort()).toEqual(SEARCH_ENDPOINT.fields.map((field) => field.name).sort());
    expect(body.data[0].url).toMatch(/^https:\/\/frontier\.example\/incidents\/drone-attack-/);
    expect(body.data[0].snippet.html).toMatch(/<mark>(No )?damage to life<\/mark>/);
    const bad = await run("q=%21%3F&kind=person&page=0");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    const problem = await bad.json();
    expect(problem).toMatchObject({ error: "invalid_parameter", parameter: "q" });
    expect(problem.issues.map((issue: { parameter: string }) => issue.parameter).sort()).toEqual(["kind", "page", "q"]);
    expect((await run("q=Kabul&sort=date")).status).toBe(400);
  });
});
