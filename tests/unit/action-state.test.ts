// The one answer of every server action (lib/actions/action-state.ts): how write failures, the
// wrapper's refusals and the data layer's thrown refusals become an ActionState, with the texts
// the forms show. The wrapper itself (authorizedAction) is exercised over real HTTP by
// tests/e2e/admin-access.spec.ts and tests/e2e/security-probe.spec.ts.
import { describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/access/authorize";
import { refusalState, writeFailureState } from "@/lib/actions/action-state";
import { thrownRefusalState } from "@/lib/actions/thrown-refusal";
import { InvalidInput } from "@/lib/auth/create-user";
import { LastAdminError } from "@/lib/auth/users";

describe("writeFailureState", () => {
  it("keeps the write's kind, message, field errors, conflict and the user's input", () => {
    const conflict = { currentVersion: 3, changes: [], changedBy: [] };
    const state = writeFailureState(
      { ok: false, kind: "conflict", fieldErrors: {}, formError: "Someone saved it.", conflict },
      { title: "t" },
    );
    expect(state).toEqual({
      failure: { kind: "conflict", message: "Someone saved it." },
      fieldErrors: {},
      conflict,
      values: { title: "t" },
    });
  });

  it("names a failure that came without a message", () => {
    expect(
      writeFailureState({ ok: false, kind: "invalid", fieldErrors: { title: ["Enter a title."] } }, {}).failure,
    ).toEqual({ kind: "invalid", message: "Some fields need attention; nothing was saved." });
  });
});

describe("refusals", () => {
  it("adds what did not happen to the reason, unless told not to", () => {
    expect(refusalState({ kind: "forbidden", message: "Your role does not allow this." }).failure?.message).toBe(
      "Your role does not allow this. Nothing was saved.",
    );
    expect(refusalState({ kind: "forbidden", message: "Your role does not allow this." }, "").failure?.message).toBe(
      "Your role does not allow this.",
    );
    expect(refusalState({ kind: "invalid-request", message: "No form." }, "Nothing was started.").failure).toEqual({
      kind: "invalid-request",
      message: "No form. Nothing was started.",
    });
  });

  it("maps the data layer's thrown refusals and rethrows anything else", () => {
    expect(thrownRefusalState(new AccessDenied(403), { unchanged: "" }).failure).toEqual({
      kind: "forbidden",
      message: "Your role does not allow this.",
    });
    const invalid = thrownRefusalState(new InvalidInput({ email: ["Bad."], name: undefined, password: ["Short."] }), {
      values: { email: "x" },
    });
    expect(invalid).toMatchObject({
      failure: { kind: "invalid", message: "Bad. Short." },
      fieldErrors: { email: ["Bad."], password: ["Short."] },
      values: { email: "x" },
    });
    expect(thrownRefusalState(new LastAdminError()).failure?.kind).toBe("conflict");
    // No session: Next's redirect() to the login page, which it signals with an error whose digest names the target.
    let redirect: unknown;
    try {
      thrownRefusalState(new AccessDenied(401));
    } catch (err) {
      redirect = err;
    }
    expect((redirect as { digest?: string } | undefined)?.digest).toContain("/admin/login?next=%2Fadmin");
    expect(() => thrownRefusalState(new Error("a bug"))).toThrow("a bug");
  });
});
