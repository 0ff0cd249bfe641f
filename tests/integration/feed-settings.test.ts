import { describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/access/authorize";
import { runAdminRefresh } from "@/lib/ingest/admin-refresh";
import { listFeedSourcesForAdmin } from "@/lib/feeds/feed-admin-queries";
import { updateFeedSource } from "@/lib/feeds/feed-writes";
import { createFeedSource } from "../fixtures/review/items";
import { isolatedDatabases } from "../setup/isolated-databases";

const SERVER_SECRETS = ["BETTER_AUTH_SECRET", "DATABASE_URL", "CRON_SECRET"];

describe.each(isolatedDatabases())("feed settings on $name", (c) => {
  const form = (
    s: { id: string; url: string; credentialEnv: string | null; enabled: boolean },
    next: Record<string, unknown>,
  ) => ({
    id: s.id,
    url: s.url,
    credentialEnv: s.credentialEnv ?? "",
    enabled: s.enabled ? "on" : undefined,
    loaded: { url: s.url, credentialEnv: s.credentialEnv ?? "", enabled: String(s.enabled) },
    ...next,
  });
  /** A UCDP source: the kind that declares a credential variable (UCDP_API_TOKEN). */
  const ucdpSource = async (slug: string) => {
    const s = await createFeedSource(c.db, slug, `UCDP ${slug}`);
    return c.db.feedSource.update({ where: { id: s.id }, data: { kind: "UCDP" } });
  };
  const everyFeedRow = () => c.db.feedSource.findMany({ orderBy: { id: "asc" } });

  it("saves URL, credential variable name and enabled with an audit row; shows only whether the variable is set", async () => {
    const s = await ucdpSource("ucdp-settings");
    const r = await updateFeedSource(
      c.db,
      c.admin,
      form(s, { url: "https://feeds.example.test/new.xml", credentialEnv: "UCDP_API_TOKEN", enabled: undefined }),
    );
    expect(r).toMatchObject({ ok: true });
    expect(await c.db.feedSource.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      url: "https://feeds.example.test/new.xml",
      credentialEnv: "UCDP_API_TOKEN",
      enabled: false,
    });
    const audit = await c.db.auditLog.findFirstOrThrow({ where: { entityType: "FeedSource", entityId: s.id } });
    expect(audit).toMatchObject({
      action: "update",
      userId: c.admin.userId,
      before: { enabled: true },
      after: { enabled: false, credentialEnv: "UCDP_API_TOKEN" },
    });
    const listed = (await listFeedSourcesForAdmin(c.db, c.admin, { UCDP_API_TOKEN: "secret-value-123" })).find(
      (x) => x.id === s.id,
    )!;
    expect(listed.credentialSet).toBe(true);
    expect(JSON.stringify(listed)).not.toContain("secret-value-123");
    expect((await listFeedSourcesForAdmin(c.db, c.admin, {})).find((x) => x.id === s.id)!.credentialSet).toBe(false);
  });

  it("refuses a non-http URL and a bad variable name with field errors, writing nothing", async () => {
    const s = await createFeedSource(c.db, "rss-invalid", "Invalid feed");
    const before = await c.db.auditLog.count();
    const r = await updateFeedSource(
      c.db,
      c.admin,
      form(s, { url: "javascript:alert(1)", credentialEnv: "lower-case" }),
    );
    expect(!r.ok && Object.keys(r.fieldErrors).sort()).toEqual(["credentialEnv", "url"]);
    const r2 = await updateFeedSource(c.db, c.admin, form(s, { url: "ftp://feeds.example.test/x" }));
    expect(!r2.ok && Object.keys(r2.fieldErrors)).toEqual(["url"]);
    expect(await c.db.auditLog.count()).toBe(before);
    expect(await c.db.feedSource.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      url: s.url,
      credentialEnv: null,
    });
  });

  it("gives a conflict when another admin changed the settings, but not for the refresh job's bookkeeping", async () => {
    const s = await ucdpSource("ucdp-conflict");
    await c.db.feedSource.update({ where: { id: s.id }, data: { lastAttemptAt: new Date(), lastError: "timeout" } });
    expect(await updateFeedSource(c.db, c.admin, form(s, { credentialEnv: "UCDP_API_TOKEN" }))).toMatchObject({
      ok: true,
    });
    const stale = await updateFeedSource(c.db, c.admin, form(s, { url: "https://feeds.example.test/other.xml" }));
    expect(!stale.ok && stale.conflict?.changes).toEqual([
      { field: "credentialEnv", now: "UCDP_API_TOKEN", seen: null },
    ]);
    expect((await c.db.feedSource.findUniqueOrThrow({ where: { id: s.id } })).url).toBe(s.url);
  });

  it.each(SERVER_SECRETS)(
    "refuses %s as a credential variable with a field error naming the allowed ones, changing nothing",
    async (name) => {
      const rss = await createFeedSource(c.db, "rss-secret-probe", "Secret probe feed");
      const ucdp = await ucdpSource("ucdp-secret-probe");
      const [rows, audits] = [await everyFeedRow(), await c.db.auditLog.count()];
      for (const s of [rss, ucdp]) {
        const r = await updateFeedSource(
          c.db,
          c.admin,
          form(s, { url: "https://attacker.example.test/collect", credentialEnv: name }),
        );
        expect(r.ok).toBe(false);
        expect(!r.ok && r.fieldErrors).toEqual({
          credentialEnv: [
            "Not a credential variable any source may read: use one of ACLED_API_KEY, ACLED_EMAIL, UCDP_API_TOKEN, or leave it empty.",
          ],
        });
      }
      expect(await everyFeedRow()).toEqual(rows);
      expect(await c.db.auditLog.count()).toBe(audits);
    },
  );

  it("refuses, in the write, a declared name the source's own adapter does not read, and a forged row's name", async () => {
    const rss = await createFeedSource(c.db, "rss-wrong-kind", "Wrong kind feed");
    const ucdp = await ucdpSource("ucdp-wrong-kind");
    const [rows, audits] = [await everyFeedRow(), await c.db.auditLog.count()];
    const onUcdp = await updateFeedSource(c.db, c.admin, form(ucdp, { credentialEnv: "ACLED_API_KEY" }));
    expect(!onUcdp.ok && onUcdp.fieldErrors).toEqual({
      credentialEnv: ["ACLED_API_KEY is not a credential variable UCDP sources may read (allowed: UCDP_API_TOKEN)."],
    });
    const onRss = await updateFeedSource(c.db, c.admin, form(rss, { credentialEnv: "UCDP_API_TOKEN" }));
    expect(!onRss.ok && onRss.fieldErrors).toEqual({
      credentialEnv: [
        "UCDP_API_TOKEN is not a credential variable RSS sources may read (these sources take no credential; leave it empty).",
      ],
    });
    expect(await everyFeedRow()).toEqual(rows);
    expect(await c.db.auditLog.count()).toBe(audits);

    // A row written around the form keeps its name only until an admin saves it: then it must go.
    const forged = await c.db.feedSource.update({
      where: { id: ucdp.id },
      data: { credentialEnv: "BETTER_AUTH_SECRET" },
    });
    const keep = await updateFeedSource(c.db, c.admin, form(forged, { enabled: undefined }));
    expect(!keep.ok && Object.keys(keep.fieldErrors)).toEqual(["credentialEnv"]);
    expect(await updateFeedSource(c.db, c.admin, form(forged, { credentialEnv: "" }))).toMatchObject({ ok: true });
    expect((await c.db.feedSource.findUniqueOrThrow({ where: { id: ucdp.id } })).credentialEnv).toBeNull();
  });

  it("is for admins only: editors cannot change feeds or start a refresh", async () => {
    const s = await createFeedSource(c.db, "rss-denied", "Denied feed");
    const [audits, runs] = [await c.db.auditLog.count(), await c.db.refreshRun.count()];
    await expect(updateFeedSource(c.db, c.editor, form(s, { enabled: undefined }))).rejects.toThrow(AccessDenied);
    await expect(listFeedSourcesForAdmin(c.db, c.viewer)).rejects.toMatchObject({ status: 403 });
    await expect(runAdminRefresh(c.db, c.editor)).rejects.toMatchObject({ status: 403 });
    await expect(runAdminRefresh(c.db, null)).rejects.toMatchObject({ status: 401 });
    expect([await c.db.auditLog.count(), await c.db.refreshRun.count()]).toEqual([audits, runs]);
  });
});
