import { describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/auth/authorize";
import { runAdminRefresh } from "@/lib/ingest/admin-refresh";
import { listFeedSourcesForAdmin } from "@/lib/ingest/feed-admin-queries";
import { updateFeedSource } from "@/lib/ingest/feed-writes";
import { createFeedSource } from "../fixtures/review/items";
import { isolatedDatabases } from "../setup/isolated-databases";

describe.each(isolatedDatabases())("feed settings on $name", (c) => {
  const form = (s: { id: string; url: string; credentialEnv: string | null; enabled: boolean }, next: Record<string, unknown>) => ({
    id: s.id, url: s.url, credentialEnv: s.credentialEnv ?? "", enabled: s.enabled ? "on" : undefined,
    "loaded": { url: s.url, credentialEnv: s.credentialEnv ?? "", enabled: String(s.enabled) }, ...next,
  });

  it("saves URL, credential variable name and enabled with an audit row; shows only whether the variable is set", async () => {
    const s = await createFeedSource(c.db, "rss-settings", "Settings feed");
    const r = await updateFeedSource(c.db, c.admin, form(s, { url: "https://feeds.example.test/new.xml", credentialEnv: "E2E_FEED_KEY", enabled: undefined }));
    expect(r).toMatchObject({ ok: true });
    expect(await c.db.feedSource.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ url: "https://feeds.example.test/new.xml", credentialEnv: "E2E_FEED_KEY", enabled: false });
    const audit = await c.db.auditLog.findFirstOrThrow({ where: { entityType: "FeedSource", entityId: s.id } });
    expect(audit).toMatchObject({ action: "update", userId: c.admin.userId, before: { enabled: true }, after: { enabled: false, credentialEnv: "E2E_FEED_KEY" } });
    const listed = (await listFeedSourcesForAdmin(c.db, c.admin, { E2E_FEED_KEY: "secret-value-123" })).find((x) => x.id === s.id)!;
    expect(listed.credentialSet).toBe(true);
    expect(JSON.stringify(listed)).not.toContain("secret-value-123");
    expect((await listFeedSourcesForAdmin(c.db, c.admin, {})).find((x) => x.id === s.id)!.credentialSet).toBe(false);
  });

  it("refuses a non-http URL and a bad variable name with field errors, writing nothing", async () => {
    const s = await createFeedSource(c.db, "rss-invalid", "Invalid feed");
    const before = await c.db.auditLog.count();
    const r = await updateFeedSource(c.db, c.admin, form(s, { url: "javascript:alert(1)", credentialEnv: "lower-case" }));
    expect(!r.ok && Object.keys(r.fieldErrors).sort()).toEqual(["credentialEnv", "url"]);
    const r2 = await updateFeedSource(c.db, c.admin, form(s, { url: "ftp://feeds.example.test/x" }));
    expect(!r2.ok && Object.keys(r2.fieldErrors)).toEqual(["url"]);
    expect(await c.db.auditLog.count()).toBe(before);
    expect(await c.db.feedSource.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ url: s.url, credentialEnv: null });
  });

  it("gives a conflict when another admin changed the settings, but not for the refresh job's bookkeeping", async () => {
    const s = await createFeedSource(c.db, "rss-conflict", "Conflict feed");
    await c.db.feedSource.update({ where: { id: s.id }, data: { lastAttemptAt: new Date(), lastError: "timeout" } });
    expect(await updateFeedSource(c.db, c.admin, form(s, { credentialEnv: "FIRST_KEY" }))).toMatchObject({ ok: true });
    const stale = await updateFeedSource(c.db, c.admin, form(s, { url: "https://feeds.example.test/other.xml" }));
    expect(!stale.ok && stale.conflict?.changes).toEqual([{ field: "credentialEnv", now: "FIRST_KEY", seen: null }]);
    expect((await c.db.feedSource.findUniqueOrThrow({ where: { id: s.id } })).url).toBe(s.url);
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
