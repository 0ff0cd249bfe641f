// Untrusted input at the doors: form field names, JSON bodies, query days, public error texts.
import { afterEach, describe, expect, it } from "vitest";
import { formDataToObject, UnsafeFormInput } from "@/lib/actions/form-data";
import { ADMIN_API_MAX_BODY_BYTES, readJsonBody } from "@/lib/actions/admin-api";
import { attackFiltersSchema } from "@/lib/incidents/filters";
import { publicErrorText } from "@/lib/ingest/status-format";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

afterEach(() => {
  // A failing pollution test must not leave the rest of the run polluted.
  for (const key of ["province", "polluted", "isAdmin"]) delete (Object.prototype as Record<string, unknown>)[key];
});

describe("formDataToObject", () => {
  it("builds nested objects and arrays, dropping blank rows", () => {
    const parsed = formDataToObject(
      form([
        ["title", "Attack"],
        ["citations.1.quote", "second"],
        ["citations.0.quote", "first"],
        ["citations.2.quote", "  "],
        ["tags", "a"],
        ["tags", "b"],
        ["$ACTION_ID_x", "ignored"],
      ]),
    );
    expect(parsed).toEqual({ title: "Attack", citations: [{ quote: "first" }, { quote: "second" }], tags: ["a", "b"] });
  });

  it.each([
    "__proto__.province",
    "a.__proto__.polluted",
    "constructor.prototype.isAdmin",
    "prototype",
    "citations.0.__proto__",
  ])("refuses the prototype-shaped name %s and pollutes nothing", (name) => {
    expect(() => formDataToObject(form([[name, "PK-KP"]]))).toThrow(UnsafeFormInput);
    expect(({} as Record<string, unknown>).province).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it.each([
    ["an empty segment", "a..b"],
    ["a segment with spaces", "a b"],
    ["six levels", "a.b.c.d.e.f"],
    ["a long segment", "x".repeat(129)],
  ])("refuses %s", (_what, name) => {
    expect(() => formDataToObject(form([[name, "v"]]))).toThrow(UnsafeFormInput);
  });

  it("refuses a name used both as a value and as a group, in either order", () => {
    expect(() =>
      formDataToObject(
        form([
          ["a", "1"],
          ["a.b", "2"],
        ]),
      ),
    ).toThrow(/both a value and a group/);
    expect(() =>
      formDataToObject(
        form([
          ["a.b", "2"],
          ["a", "1"],
        ]),
      ),
    ).toThrow(/both a value and a group/);
  });

  it("refuses NUL characters and floods of fields", () => {
    expect(() => formDataToObject(form([["title", "a\u0000b"]]))).toThrow(/NUL/);
    expect(() =>
      formDataToObject(form(Array.from({ length: 2001 }, (_, i) => [`f${i}`, "v"] as [string, string]))),
    ).toThrow(/too many fields/);
  });

  it("returns objects whose prototype is Object.prototype, keys as written", () => {
    const parsed = formDataToObject(form([["loaded.url", "https://example.org/feed"]]));
    expect(Object.getPrototypeOf(parsed.loaded)).toBe(Object.prototype);
    expect(parsed).toEqual({ loaded: { url: "https://example.org/feed" } });
  });
});

describe("readJsonBody", () => {
  const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
    new Request("http://localhost/api/admin/incidents", {
      method: "POST",
      headers,
      body,
      duplex: "half",
    } as RequestInit);

  it("reads JSON; a __proto__ key stays an own property", async () => {
    const read = await readJsonBody(post('{"title":"x","__proto__":{"polluted":true}}'));
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers 415, 400 (bad JSON, NUL) and 413 (declared or streamed too large)", async () => {
    const status = async (req: Request) => {
      const r = await readJsonBody(req);
      return r.ok ? 200 : r.response.status;
    };
    expect(await status(post("{}", { "content-type": "text/plain" }))).toBe(415);
    expect(await status(post("{oops"))).toBe(400);
    expect(await status(post('{"title":"a\\u0000b"}'))).toBe(400);
    expect(
      await status(
        post("{}", { "content-type": "application/json", "content-length": String(ADMIN_API_MAX_BODY_BYTES + 1) }),
      ),
    ).toBe(413);
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    expect(await status(post(endless))).toBe(413);
    // stopped reading soon after the cap instead of draining the whole upload
    expect(sent).toBeLessThan(ADMIN_API_MAX_BODY_BYTES + 4 * chunk.byteLength);
  });
});

describe("query days", () => {
  it("refuses days beyond the range day arithmetic handles, naming the parameter", () => {
    const parsed = attackFiltersSchema.safeParse({ to: "9999-12-31" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["to"]);
    expect(attackFiltersSchema.safeParse({ from: "2025-01-01", to: "2199-12-31" }).success).toBe(true);
    expect(attackFiltersSchema.safeParse({ from: "1899-12-31" }).success).toBe(false);
  });
});

describe("publicErrorText", () => {
  it.each([
    ["fetch failed: connect ECONNREFUSED 10.0.0.5:5432", "fetch failed: connect ECONNREFUSED [address]"],
    ["GET http://127.0.0.1:4100/feed?token=abc timed out", "GET [address] timed out"],
    ["HTTP 503 from internal.corp.example:8443", "HTTP 503 from [address]"],
    ["connect ECONNREFUSED [::1]:80", "connect ECONNREFUSED [address]"],
    ["connect ECONNREFUSED fd00::12", "connect ECONNREFUSED [address]"],
    ["HTTP 429 Too Many Requests (retried 3 times)", "HTTP 429 Too Many Requests (retried 3 times)"],
    ["the source said 404 at 12:30", "the source said 404 at 12:30"],
  ])("%s → %s", (input, shown) => {
    expect(publicErrorText(input)).toBe(shown);
  });
});
