// The editorial workflow end to end, in Chromium against the production build: an editor records an
// incident with two opposing claims (Pakistan's military vs. the Afghan Taliban authorities), each
// with its document and quote, publishes it and finds it on the public pages; revises a published
// figure and sees the dated correction note publicly and the audit entry in the history; invalid
// input writes nothing; stored text renders escaped; a stale second editor gets a conflict. An
// editor also records a counter's published figure as a period count and publishes it.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { countRows, createTestUser, e2eDb, signIn, type TestUser } from "./auth-helpers";

const DOC_PK = "ap-2026-02-27-open-war";
const DOC_AF = "al-jazeera-2026-02-27-what-happens-next";
// Allowed plain text with characters HTML would treat specially: it must come back exactly as typed.
const TRICKY_QUOTE = `ISPR: 3 soldiers killed & 2 injured in "unprovoked" fire; losses < 5, 'not 20' — as stated`;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const todayLabel = () => {
  const d = new Date();
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

test.describe.configure({ mode: "serial" });

let editor: TestUser;
let incidentId = "";
let pakClaimId = "";
let countId = "";
const title = `Border clash at Kharlachi (e2e ${randomUUID().slice(0, 6)})`;

test.beforeAll(async () => {
  editor = await createTestUser("EDITOR", "workflow-editor");
});

// The shared e2e server's other specs assert the seeded totals: withdraw what this spec published.
test.afterAll(async () => {
  if (incidentId)
    await e2eDb().incident.updateMany({ where: { id: incidentId, published: true }, data: { published: false } });
  if (countId)
    await e2eDb().periodCount.updateMany({ where: { id: countId, published: true }, data: { published: false } });
});

async function fillClaim(
  page: Page,
  c: { claimant: string; figure: string; qualifier: string; madeOn: string; doc: string; quote: string },
) {
  const form = page.getByRole("form", { name: "New claim" });
  await form.getByLabel("Claimant", { exact: true }).selectOption(c.claimant);
  await form.getByLabel("Whose losses").selectOption("PAKISTANI_FORCES");
  await form.getByLabel("What is counted").selectOption("KILLED");
  await form.getByLabel("Figure", { exact: true }).fill(c.figure);
  await form.getByLabel("Qualifier").selectOption(c.qualifier);
  await form.getByLabel("Date the claim was made").fill(c.madeOn);
  await form.getByLabel("Source document").selectOption(c.doc);
  await form.getByLabel(/^Quote/).fill(c.quote);
  await form.getByLabel(/Publish now/).check();
  return form;
}

test("an editor records an incident with two opposing claims, publishes it and finds it on the public pages", async ({
  page,
}) => {
  await signIn(page, editor, "/admin/incidents/new");
  await page.goto("/admin/incidents/new");
  const form = page.getByRole("form", { name: "New incident" });
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form
    .getByLabel("Summary")
    .fill("Afghan and Pakistani forces exchanged fire at the crossing; each side gives its own toll.");
  await form.getByLabel("Date", { exact: true }).fill("2026-10-15");
  await form.getByLabel("Country").selectOption("PAK");
  await form.getByLabel("Province").selectOption("PK-KP");
  await form.getByLabel("District").selectOption("PK-KP-kurram");
  await form.getByLabel("Type").selectOption("BORDER_CLASH");
  await form.getByLabel("Target").selectOption("SECURITY_FORCES");
  await form.getByLabel("Document 1", { exact: true }).selectOption(DOC_PK);
  await form
    .getByLabel("Quote from document 1")
    .fill("Pakistani and Afghan forces exchanged heavy fire along the border.");
  await form.getByRole("button", { name: "Create incident" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  incidentId = new URL(page.url()).pathname.split("/").at(-1)!;
  expect(await e2eDb().incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({
    title,
    published: false,
    districtId: "PK-KP-kurram",
  });

  // Claim 1, Pakistan's military. A quote with a script tag is refused beside the field, nothing written.
  await page.getByRole("link", { name: "Add a claim about this incident" }).click();
  let claimForm = await fillClaim(page, {
    claimant: "pakistan-armed-forces",
    figure: "3",
    qualifier: "EXACT",
    madeOn: "2026-10-16",
    doc: DOC_PK,
    quote: "<script>alert('x')</script>",
  });
  const before = await countRows(["Claim", "AuditLog"]);
  await claimForm.getByRole("button", { name: "Create claim" }).click();
  const quoteField = claimForm.getByLabel(/^Quote/);
  await expect(quoteField).toHaveAttribute("aria-invalid", "true");
  const errorId = (await quoteField.getAttribute("aria-describedby"))!.split(" ").at(-1)!;
  await expect(page.locator(`[id="${errorId}"]`)).toHaveText(/Plain text only/);
  expect(await countRows(["Claim", "AuditLog"])).toEqual(before);
  await expect(claimForm.getByLabel("Figure", { exact: true })).toHaveValue("3"); // the input is kept
  await quoteField.fill(TRICKY_QUOTE);
  await claimForm.getByLabel(/Publish now/).check();
  await claimForm.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  pakClaimId = new URL(page.url()).pathname.split("/").at(-1)!;

  // Claim 2, the Afghan Taliban authorities' counter-claim.
  await page.goto(`/admin/claims/new?incident=${incidentId}`);
  claimForm = await fillClaim(page, {
    claimant: "afghan-taliban-authorities",
    figure: "20",
    qualifier: "AT_LEAST",
    madeOn: "2026-10-16",
    doc: DOC_AF,
    quote: "At least 20 Pakistani soldiers were killed, Kabul said.",
  });
  await claimForm.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // Not public until the incident is published.
  await page.goto(`/incidents/${incidentId}`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

  await page.goto(`/admin/incidents/${incidentId}`);
  await page.getByRole("button", { name: "Publish incident" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  await page.goto(`/incidents/${incidentId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("tr[id^=claim-]")).toHaveCount(2);
  await expect(page.locator(`#claim-${pakClaimId}`)).toContainText(TRICKY_QUOTE);
  // Escaped, not interpreted: the text is exactly what was typed, and no markup came out of it.
  const html = await page.content();
  expect(html).toContain("3 soldiers killed &amp; 2 injured");
  expect(html).toContain("losses &lt; 5");
  await page.goto(`/casualties?scope=incident:${incidentId}`);
  await expect(page.getByText("Pakistan", { exact: false }).first()).toBeVisible();
  const main = page.locator("main");
  await expect(main).toContainText("20");
  await expect(main).toContainText(/Afghan Taliban/);
  await expect(main).toContainText(/Pakistan/);
});

test("revising a published figure shows a dated correction note publicly and an audit entry", async ({ page }) => {
  await signIn(page, editor, `/admin/claims/${pakClaimId}`);
  await page.goto(`/admin/claims/${pakClaimId}`);
  await page.getByRole("link", { name: /Revise this figure/ }).click();
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.getByLabel("Claimant", { exact: true })).toHaveValue("pakistan-armed-forces");
  await form.getByLabel("Figure", { exact: true }).fill("5");
  await form.getByLabel("Date the claim was made").fill("2026-10-20");
  await form.getByLabel(/^Quote/).fill("The military later said five soldiers were killed.");
  await form.getByLabel(/Publish now/).check();
  await form.getByRole("button", { name: "Create claim" }).click();
  await expect(form.getByLabel("Correction note")).toHaveAttribute("aria-invalid", "true"); // required: the old figure is public
  await form.getByLabel("Correction note").fill("The military revised its toll from 3 to 5 killed.");
  await form.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const revisionId = new URL(page.url()).pathname.split("/").at(-1)!;

  await page.goto(`/incidents/${incidentId}`);
  await expect(page.locator("ul.corrections li")).toHaveText([
    `Corrected on ${todayLabel()}: The military revised its toll from 3 to 5 killed. (the figure concerned)`,
  ]);
  await expect(page.locator(`#claim-${revisionId}`)).toContainText("5");

  await page.goto(`/admin/claims/${revisionId}/history`);
  const row = page.locator("tr[data-audit-action=create]");
  await expect(row).toContainText(editor.name);
  await expect(row).toContainText("created");
});

test("invalid input shows errors beside the fields, keeps the input and writes nothing", async ({ page }) => {
  await signIn(page, editor, "/admin/incidents/new");
  await page.goto("/admin/incidents/new");
  const form = page.getByRole("form", { name: "New incident" });
  const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Summary").fill("Attack <script>alert(1)</script> reported");
  await form.getByLabel("Date", { exact: true }).fill(future);
  await form.getByLabel("Type").selectOption("ARMED_ASSAULT");
  const before = await countRows(["Incident", "IncidentCitation", "AuditLog"]);
  await form.getByRole("button", { name: "Create incident" }).click();
  for (const [label, message] of [
    ["Title", /required/],
    ["Summary", /Plain text only/],
    ["Date", /future/],
    ["Country", /Pakistan or Afghanistan/],
  ] as const) {
    const field = form.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const described = (await field.getAttribute("aria-describedby"))!.split(" ");
    await expect(page.locator(`[id="${described.at(-1)}"]`)).toHaveText(message);
  }
  await expect(form.getByLabel("Summary")).toHaveValue("Attack <script>alert(1)</script> reported");
  await expect(form.getByLabel("Type")).toHaveValue("ARMED_ASSAULT");
  expect(await countRows(["Incident", "IncidentCitation", "AuditLog"])).toEqual(before);
});

async function editorPage(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user, `/admin/incidents/${incidentId}`);
  await page.goto(`/admin/incidents/${incidentId}`);
  return { context, page, form: page.getByRole("form", { name: "Edit incident" }) };
}

test("two editors on the same incident: the second save gets a conflict naming what changed", async ({ browser }) => {
  const second = await createTestUser("EDITOR", "second-editor");
  const a = await editorPage(browser, editor);
  const b = await editorPage(browser, second);
  await a.form.getByLabel("Status").selectOption("DISPUTED");
  await a.form.getByLabel("Correction note").fill("Kabul disputes the account; status set to disputed.");
  await a.form.getByRole("button", { name: "Save incident" }).click();
  await expect(a.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await b.form.getByLabel("Summary").fill("A different summary, typed while the first editor saved.");
  await b.form.getByLabel("Correction note").fill("Summary clarified.");
  await b.form.getByRole("button", { name: "Save incident" }).click();
  const alert = b.page.getByRole("alert").filter({ hasText: "saved this record while you were editing" });
  await expect(alert).toContainText("status");
  await expect(alert).toContainText(editor.name);
  await expect(alert.locator("tbody tr")).toHaveText([/status\s*REPORTED\s*DISPUTED/]);
  expect((await e2eDb().incident.findUniqueOrThrow({ where: { id: incidentId } })).summary).not.toContain(
    "A different summary",
  );

  // The first editor's change is in the history with its before and after.
  await a.page.goto(`/admin/incidents/${incidentId}/history`);
  await expect(a.page.locator("tr[data-audit-action=update]").first()).toContainText(
    /status\s*REPORTED\s*→\s*DISPUTED/,
  );
  await expect(a.page.locator("tr[data-audit-action=update]").first()).toContainText(editor.name);
  await a.context.close();
  await b.context.close();
});

test("withdrawing the incident takes it off the public pages again", async ({ page }) => {
  await signIn(page, editor, `/admin/incidents/${incidentId}`);
  await page.goto(`/admin/incidents/${incidentId}`);
  const form = page.getByRole("form", { name: "Withdraw incident" });
  await form.getByLabel("Why it is withdrawn").fill("Test record withdrawn after the workflow test.");
  await form.getByRole("button", { name: /Withdraw incident/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Withdrawn" })).toBeVisible();
  await page.goto(`/incidents/${incidentId}`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

// A real figure the dataset does not hold (national-counts.md, PIPS 2025, Sindh): the injured.
const SINDH_QUOTE =
  "In Sindh, 21 terrorist attacks occurred, including 16 in Karachi, resulting in 14 fatalities and 17 injuries.";

test("an editor records a counter's published figure as a period count and publishes it", async ({ page }) => {
  await signIn(page, editor, "/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Period counts" }).click();
  await page.getByRole("link", { name: "New count" }).click();
  const form = page.getByRole("form", { name: "New count" });
  await form.getByLabel("Counter", { exact: true }).selectOption("pips");
  await form.getByLabel("Period", { exact: true }).selectOption("YEAR");
  await form.getByLabel("Period from").fill("2025-01-01");
  await form.getByLabel("Period to").fill("2025-12-31");
  await form.getByLabel("What is counted").selectOption("INJURED");
  await form.getByLabel("In which violence").selectOption("MILITANT_ATTACKS");
  await form.getByLabel("Region").selectOption("SINDH");
  await form.getByLabel("The counter's own term").fill("injuries");
  await form.getByLabel("Figure", { exact: true }).fill("17");
  await form.getByLabel("Qualifier").selectOption("EXACT");
  await form.getByLabel("Source document").selectOption("truth-international-pips-2025");
  await form.getByLabel(/^Quote/).fill(SINDH_QUOTE);
  const before = await countRows(["PeriodCount", "AuditLog"]);
  await form.getByRole("button", { name: "Create count" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  countId = new URL(page.url()).pathname.split("/").at(-1)!;
  expect(await countRows(["PeriodCount", "AuditLog"])).toEqual({
    PeriodCount: before.PeriodCount! + 1,
    AuditLog: before.AuditLog! + 1,
  });
  expect(await e2eDb().periodCount.findUniqueOrThrow({ where: { id: countId } })).toMatchObject({
    counterId: "pips",
    periodKind: "YEAR",
    metric: "INJURED",
    region: "SINDH",
    valueLow: 17,
    valueHigh: 17,
    quote: SINDH_QUOTE,
    published: false,
  });

  await page.getByRole("button", { name: "Publish count" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  expect((await e2eDb().periodCount.findUniqueOrThrow({ where: { id: countId } })).published).toBe(true);

  await page.goto(`/admin/counts/${countId}/history`);
  await expect(page.locator("tr[data-audit-action=publish]")).toContainText(editor.name);
  await expect(page.locator("tr[data-audit-action=create]")).toContainText("created");
});
