import { describe, expect, it } from "vitest";
import { isAuthorizedCronRequest } from "@/lib/cron/cron-auth";
import { revalidateRequestSchema } from "@/lib/cron/revalidate-request";
import { decideRunStatus, missingCredentials } from "@/lib/ingest/run-outcome";
import { formatAge, formatDuration } from "@/lib/ingest/status-format";

const SECRET = "a-cron-secret-of-some-length";

describe("cron authorization", () => {
  it("accepts exactly `Bearer <secret>`", () => {
    expect(isAuthorizedCronRequest(`Bearer ${SECRET}`, SECRET)).toBe(true);
  });
  it("refuses a missing, wrong, differently-cased or padded header", () => {
    for (const h of [
      null,
      "",
      SECRET,
      `Bearer ${SECRET}x`,
      `bearer ${SECRET}`,
      `Bearer  ${SECRET}`,
      `Bearer ${SECRET.slice(0, -1)}`,
      "Basic abc",
    ]) {
      expect(isAuthorizedCronRequest(h, SECRET), String(h)).toBe(false);
    }
  });
  it("refuses everything when the secret is unset", () => {
    expect(isAuthorizedCronRequest("Bearer ", undefined)).toBe(false);
    expect(isAuthorizedCronRequest("Bearer undefined", undefined)).toBe(false);
    expect(isAuthorizedCronRequest(null, undefined)).toBe(false);
  });
});

describe("run status", () => {
  it("is SUCCEEDED when every attempted source succeeded, skipped ones aside", () => {
    expect(decideRunStatus(["succeeded", "skipped", "succeeded"], false)).toBe("SUCCEEDED");
    expect(decideRunStatus(["skipped"], false)).toBe("SUCCEEDED");
    expect(decideRunStatus([], false)).toBe("SUCCEEDED");
  });
  it("is PARTIAL when one source failed or the budget stopped the run", () => {
    expect(decideRunStatus(["succeeded", "failed"], false)).toBe("PARTIAL");
    expect(decideRunStatus(["succeeded", "stopped", "not reached"], false)).toBe("PARTIAL");
    expect(decideRunStatus(["stopped"], false)).toBe("PARTIAL");
  });
  it("is FAILED when every attempted source failed, or the job broke", () => {
    expect(decideRunStatus(["failed", "skipped", "failed"], false)).toBe("FAILED");
    expect(decideRunStatus(["succeeded"], true)).toBe("FAILED");
  });
});

describe("credentials", () => {
  it("lists the unset variables among those a source names", () => {
    expect(missingCredentials(null, {})).toEqual([]);
    expect(missingCredentials("UCDP_API_TOKEN", { UCDP_API_TOKEN: "t" })).toEqual([]);
    expect(missingCredentials("UCDP_API_TOKEN", { UCDP_API_TOKEN: "" })).toEqual(["UCDP_API_TOKEN"]);
    expect(missingCredentials("ACLED_API_KEY,ACLED_EMAIL", { ACLED_API_KEY: "k" })).toEqual(["ACLED_EMAIL"]);
  });
});

describe("revalidate request", () => {
  it("accepts only the app's cache tag names", () => {
    expect(revalidateRequestSchema.safeParse({ tags: ["incidents", "refresh-runs"] }).success).toBe(true);
    expect(revalidateRequestSchema.safeParse({ tags: ["/attacks"] }).success).toBe(false);
    expect(revalidateRequestSchema.safeParse({ tags: [] }).success).toBe(false);
    expect(revalidateRequestSchema.safeParse(null).success).toBe(false);
  });
});

describe("status page words", () => {
  it("formats durations and ages", () => {
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(42_000)).toBe("42 s");
    expect(formatDuration(245_000)).toBe("4 min 05 s");
    const now = new Date("2026-11-30T12:00:00Z");
    expect(formatAge("2026-11-30T11:59:40Z", now)).toBe("just now");
    expect(formatAge("2026-11-30T11:48:00Z", now)).toBe("12 min ago");
    expect(formatAge("2026-11-30T09:00:00Z", now)).toBe("3 h ago");
    expect(formatAge("2026-11-25T12:00:00Z", now)).toBe("5 days ago");
  });
});
