// withCron, the guard of /api/cron/*: what the e2e suite asserts over HTTP (refresh-route.spec.ts),
// checked here without a server.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CronHandler } from "@/lib/cron/with-cron";

const SECRET = "a-cron-secret-of-some-length";
let withCron: (handler: CronHandler) => CronHandler;

beforeAll(async () => {
  // getEnv() reads the environment once, on first use: set the secret before the module runs it.
  vi.stubEnv("CRON_SECRET", SECRET);
  ({ withCron } = await import("@/lib/cron/with-cron"));
});

const call = (authorization?: string) =>
  new Request("http://localhost/api/cron/refresh", { headers: authorization ? { authorization } : {} });

describe("withCron", () => {
  it("answers 401 with www-authenticate and no-store, without calling the handler", async () => {
    const handler = vi.fn(async () => Response.json({ ran: true }));
    for (const header of [undefined, SECRET, `Bearer ${SECRET}x`, "Bearer wrong-secret-0123456789"]) {
      const res = await withCron(handler)(call(header));
      expect(res.status, String(header)).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe("Bearer");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({ error: "unauthorized" });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes the request to the handler and keeps its status and body, adding no-store", async () => {
    const handler = vi.fn(async (request: Request) =>
      Response.json({ path: new URL(request.url).pathname }, { status: 409 }),
    );
    const res = await withCron(handler)(call(`Bearer ${SECRET}`));
    expect(handler).toHaveBeenCalledOnce();
    expect(res.status).toBe(409);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("www-authenticate")).toBeNull();
    expect(await res.json()).toEqual({ path: "/api/cron/refresh" });
  });
});
