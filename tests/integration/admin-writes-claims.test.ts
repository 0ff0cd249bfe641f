// Admin writes to claims on both databases: publishing needs claimant, document and quote;
// figures are validated; a revision keeps claimant, subject and metric and carries a correction
// note when it revises a public figure; conflicts; drafts kept out of the public ledger.
import { describe, expect, it } from "vitest";
import { claimsResponse } from "@/lib/api/claims-api";
import { dbReader } from "@/lib/api/reader";
import { compareClaims, listClaimsInScope } from "@/lib/claims/claim-queries";
import { createClaim, publishClaim, updateClaim } from "@/lib/claims/claim-writes";
import { listIncidentCorrections } from "@/lib/corrections/correction-queries";
import { getIncident } from "@/lib/incidents/incident-queries";
import { createIncident, publishIncident } from "@/lib/incidents/incident-writes";
import { listStrikesByProvince } from "@/lib/incidents/map-queries";
import { countRows, isolatedDatabases, type IsolatedDb } from "../setup/isolated-databases";

const DOC = "al-jazeera-2026-02-27-what-happens-next";
const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function newIncident(c: IsolatedDb, publish: boolean, over: Record<string, unknown> = {}) {
  const r = await createIncident(c.db, c.editor, {
    title: "Strike on a border district (test)",
    summary: "Each side gives its own toll.",
    occurredOn: "2026-03-02",
    country: "AFG",
    provinceId: "AF-NAN",
    type: "AIRSTRIKE",
    targetType: "UNKNOWN",
    citations: [{ documentId: DOC, quote: "Strikes hit the district, officials said." }],
    publish,
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
}

const claim = (incidentId: string, over: Record<string, unknown> = {}) => ({
  claimantId: "pakistan-armed-forces",
  subject: "AFGHAN_FORCES",
  metric: "KILLED",
  valueLow: "133",
  valueHigh: "",
  qualifier: "AT_LEAST",
  stance: "ASSERTED",
  scopeKind: "incident",
  incidentId,
  madeOn: "2026-03-03",
  documentId: DOC,
  quote: "At least 133 Afghan Taliban fighters were killed, the military said.",
  ...over,
});

describe.each(isolatedDatabases())("claim writes on $name", (c) => {
  it("creates a draft claim with its audit row; publishing needs the quote", async () => {
    const incidentId = await newIncident(c, false);
    const r = await createClaim(c.db, c.editor, claim(incidentId, { quote: "" }));
    expect(r).toMatchObject({ ok: true, version: 1 });
    const id = (r as { id: string }).id;
    expect(await c.db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      valueLow: 133,
      valueHigh: 133,
      qualifier: "AT_LEAST",
      published: false,
      quote: "",
      chainId: id,
    });
    expect(await c.db.auditLog.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({
      action: "create",
      userId: c.editor.userId,
    });

    const before = await countRows(c.db);
    expect(await publishClaim(c.db, c.editor, id, { version: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { quote: [expect.any(String)] },
      formError: expect.stringMatching(/claimant, document and quote/),
    });
    expect(await createClaim(c.db, c.editor, claim(incidentId, { quote: " ", publish: true }))).toMatchObject({
      ok: false,
      fieldErrors: { quote: [expect.any(String)] },
    });
    expect(await countRows(c.db)).toEqual(before);

    expect(await updateClaim(c.db, c.editor, id, claim(incidentId, { version: 1 }))).toMatchObject({
      ok: true,
      version: 2,
    });
    expect(await publishClaim(c.db, c.editor, id, { version: 2 })).toMatchObject({ ok: true, version: 3 });
    expect(
      (await c.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action),
    ).toEqual(["create", "update", "publish"]);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ["a negative figure", { valueLow: "-5" }, "valueLow"],
    ["a non-numeric figure", { valueLow: "about twelve" }, "valueLow"],
    ["a fractional figure", { valueLow: 3.5 }, "valueLow"],
    ["a figure of the wrong type", { valueLow: true }, "valueLow"],
    ["an upper figure below the lower", { valueLow: "20", valueHigh: "10", qualifier: "RANGE" }, "valueHigh"],
    ["a range without two figures", { valueLow: "20", valueHigh: "20", qualifier: "RANGE" }, "valueHigh"],
    ["two figures not marked as a range", { valueLow: "20", valueHigh: "30", qualifier: "ABOUT" }, "qualifier"],
    ["“none” with a figure", { valueLow: "5", qualifier: "NONE" }, "qualifier"],
    ["an unknown metric", { metric: "MORALE" }, "metric"],
    ["a date in the future", { madeOn: tomorrow }, "madeOn"],
    ["a date before 2001", { madeOn: "1999-05-01" }, "madeOn"],
    ["a script tag in the quote", { quote: "He said <script>alert(1)</script>" }, "quote"],
    ["an empty claimant", { claimantId: "" }, "claimantId"],
    ["an unknown claimant", { claimantId: "no-such-actor" }, "claimantId"],
    ["an unknown document", { documentId: "no-such-document" }, "documentId"],
    ["a period scope without its end", { scopeKind: "period", periodStart: "2026-02-01" }, "periodEnd"],
    ["a statedBy too long", { statedBy: "x".repeat(201) }, "statedBy"],
  ];
  it.each(invalid)("refuses %s with a field error and writes nothing", async (_n, over, field) => {
    const incidentId = (await c.db.incident.findFirstOrThrow({ where: { country: "AFG" } })).id;
    const before = await countRows(c.db);
    const r = await createClaim(c.db, c.editor, claim(incidentId, over));
    expect(r.ok).toBe(false);
    expect(Object.keys((r as { fieldErrors: object }).fieldErrors)).toContain(field);
    expect(await countRows(c.db)).toEqual(before);
  });

  it("revises a published figure with a new dated claim and a public correction note", async () => {
    const incidentId = await newIncident(c, true);
    const first = await createClaim(c.db, c.editor, claim(incidentId, { publish: true }));
    const firstId = (first as { id: string }).id;
    const revision = claim(incidentId, {
      valueLow: "415",
      madeOn: "2026-03-10",
      quote: "The toll rose to 415, the military said.",
      revisesId: firstId,
      publish: true,
    });

    const before = await countRows(c.db);
    expect(await createClaim(c.db, c.editor, { ...revision, claimantId: "afghan-taliban-authorities" })).toMatchObject({
      ok: false,
      fieldErrors: { revisesId: [expect.stringMatching(/same claimant/)] },
    });
    expect(await createClaim(c.db, c.editor, { ...revision, metric: "INJURED" })).toMatchObject({
      ok: false,
      fieldErrors: { revisesId: [expect.stringMatching(/subject and metric/)] },
    });
    expect(await createClaim(c.db, c.editor, { ...revision, madeOn: "2026-03-01" })).toMatchObject({
      ok: false,
      fieldErrors: { revisesId: [expect.stringMatching(/before/)] },
    });
    expect(await createClaim(c.db, c.editor, revision)).toMatchObject({
      ok: false,
      fieldErrors: { correctionNote: [expect.any(String)] },
    });
    expect(await countRows(c.db)).toEqual(before);

    const r = await createClaim(c.db, c.editor, {
      ...revision,
      correctionNote: "The military revised its figure from 133 to 415.",
    });
    expect(r).toMatchObject({ ok: true });
    const id = (r as { id: string }).id;
    expect(await c.db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      revisesId: firstId,
      chainId: firstId,
      valueLow: 415,
    });
    expect(await listIncidentCorrections(c.db, incidentId)).toEqual([
      {
        id: expect.any(String),
        note: "The military revised its figure from 133 to 415.",
        on: today,
        entityType: "Claim",
        entityId: id,
      },
    ]);
    const [group] = await compareClaims(c.db, { kind: "incident", incidentId });
    expect(group!.claimants).toHaveLength(1);
    expect(group!.claimants[0]!.latest.valueLow).toBe(415);
    expect(group!.claimants[0]!.history.map((h) => h.valueLow)).toEqual([133, 415]);
    expect(await createClaim(c.db, c.editor, { ...revision, valueLow: "500", correctionNote: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { revisesId: [expect.stringMatching(/already been revised/)] },
    });
  });

  it("needs a correction note to edit a published claim in place", async () => {
    const incidentId = await newIncident(c, true);
    const id = ((await createClaim(c.db, c.editor, claim(incidentId, { publish: true }))) as { id: string }).id;
    expect(await updateClaim(c.db, c.editor, id, claim(incidentId, { version: 1, valueLow: "143" }))).toMatchObject({
      ok: false,
      fieldErrors: { correctionNote: [expect.any(String)] },
    });
    expect((await c.db.claim.findUniqueOrThrow({ where: { id } })).valueLow).toBe(133);
    expect(
      await updateClaim(
        c.db,
        c.editor,
        id,
        claim(incidentId, { version: 1, valueLow: "143", correctionNote: "Typing error: the statement says 143." }),
      ),
    ).toMatchObject({ ok: true, version: 2 });
    expect((await listIncidentCorrections(c.db, incidentId)).map((k) => k.note)).toEqual([
      "Typing error: the statement says 143.",
    ]);
  });

  it("gives the second of two edits from the same version a conflict naming the changed figure", async () => {
    const incidentId = await newIncident(c, false);
    const id = ((await createClaim(c.db, c.editor, claim(incidentId))) as { id: string }).id;
    expect(await updateClaim(c.db, c.editor, id, claim(incidentId, { version: 1, valueLow: "140" }))).toMatchObject({
      ok: true,
      version: 2,
    });
    const second = await updateClaim(c.db, c.admin, id, claim(incidentId, { version: 1, stance: "ACKNOWLEDGED" }));
    expect(second).toMatchObject({
      ok: false,
      conflict: {
        currentVersion: 2,
        changes: [
          { field: "valueHigh", now: 140, seen: 133 },
          { field: "valueLow", now: 140, seen: 133 },
        ],
        changedBy: [{ name: c.editor.name }],
      },
    });
    expect(await c.db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      stance: "ASSERTED",
      valueLow: 140,
      version: 2,
    });
  });

  it("keeps draft claims, and claims about draft incidents, out of the public ledger, API and map", async () => {
    const draftIncident = await newIncident(c, false, { provinceId: "AF-KNR" });
    const publicIncident = await newIncident(c, true, { provinceId: "AF-KNR" });
    const onDraftIncident = (
      (await createClaim(c.db, c.editor, claim(draftIncident, { publish: true }))) as { id: string }
    ).id;
    const draftClaim = (
      (await createClaim(
        c.db,
        c.editor,
        claim(publicIncident, {
          claimantId: "afghan-taliban-authorities",
          subject: "PAKISTANI_FORCES",
          quote: "Kabul said 58 Pakistani soldiers were killed.",
          valueLow: "58",
        }),
      )) as { id: string }
    ).id;
    const ids = async () => [
      ...(await listClaimsInScope(c.db, { kind: "period", from: "2026-03-01", to: "2026-03-05" })).map((x) => x.id),
      ...((await getIncident(c.db, publicIncident))?.claims.map((x) => x.id) ?? []),
      ...(
        await (
          await claimsResponse(dbReader(c.db), `https://frontier.example/api/v1/claims?incident=${publicIncident}`, {
            siteUrl: "https://frontier.example",
            now: new Date(),
          })
        ).json()
      ).data.map((x: { id: string }) => x.id),
    ];
    const strikes = async () =>
      (await listStrikesByProvince(c.db, { from: "2026-03-01", to: "2026-03-05" })).find(
        (p) => p.provinceId === "AF-KNR",
      );
    expect(await ids()).not.toContain(onDraftIncident);
    expect(await ids()).not.toContain(draftClaim);
    expect((await strikes())?.killed ?? []).toEqual([]);
    // Publishing makes them visible: the same queries can see them.
    expect(await publishClaim(c.db, c.editor, draftClaim, { version: 1 })).toMatchObject({ ok: true });
    expect(await publishIncident(c.db, c.editor, draftIncident, { version: 1 })).toMatchObject({ ok: true });
    expect(await ids()).toEqual(expect.arrayContaining([onDraftIncident, draftClaim]));
    expect((await strikes())?.killed.map((k) => k.valueLow).sort()).toEqual([133, 58].sort());
  });

  it("refuses viewers and anonymous callers and writes nothing", async () => {
    const incidentId = (await c.db.incident.findFirstOrThrow()).id;
    const before = await countRows(c.db);
    await expect(createClaim(c.db, c.viewer, claim(incidentId))).rejects.toMatchObject({ status: 403 });
    await expect(createClaim(c.db, null, claim(incidentId))).rejects.toMatchObject({ status: 401 });
    expect(await countRows(c.db)).toEqual(before);
  });

  it("shows the correction note of a draft revision only once the revision is published", async () => {
    const incidentId = await newIncident(c, true);
    const firstId = ((await createClaim(c.db, c.editor, claim(incidentId, { publish: true }))) as { id: string }).id;
    const r = await createClaim(
      c.db,
      c.editor,
      claim(incidentId, {
        valueLow: "200",
        madeOn: "2026-03-08",
        revisesId: firstId,
        correctionNote: "Revised from 133 to 200.",
      }),
    );
    expect(r).toMatchObject({ ok: true });
    expect(await listIncidentCorrections(c.db, incidentId)).toEqual([]);
    expect((await compareClaims(c.db, { kind: "incident", incidentId }))[0]!.claimants[0]!.latest.valueLow).toBe(133);
    expect(await publishClaim(c.db, c.editor, (r as { id: string }).id, { version: 1 })).toMatchObject({ ok: true });
    expect((await listIncidentCorrections(c.db, incidentId)).map((k) => k.note)).toEqual(["Revised from 133 to 200."]);
    expect((await compareClaims(c.db, { kind: "incident", incidentId }))[0]!.claimants[0]!.latest.valueLow).toBe(200);
  });
});
