// The one answer of every server action (lib/actions/action-state.ts): how write failures, the
// wrapper's refusals and the data layer's thrown refusals become an ActionState, with the texts
// the forms show.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/access/authorize";
import { AccessDenied } from "@/lib/access/authorize";
import { refusalState, writeFailureState } from "@/lib/actions/action-state";
import { thrownRefusalState } from "@/lib/actions/thrown-refusal";
import { InvalidInput } from "@/lib/auth/create-user";
import { LastAdminError } from "@/lib/auth/users";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const { authorizedAction } = await import("@/lib/actions/authorized-action");
const viewerWith = (role: Viewer["role"]): Viewer => ({ userId: "u1", email: "e@x.test", name: "E", role, sessionId: "s1" });

describe("writeFailureState", () => {
  it("keeps the write's kind, message, field errors, conflict and the user's input", () => {
    const conflict = { currentVersion: 3, changes: [], changedBy: [] };
    const state = writeFailureState({ ok: false, kind: "conflict", fieldErrors: {}, formError: "Someone saved it.", conflict }, { title: "t" });
    expect(state).toEqual({ failure: { kind: "conflict", message: "Someone saved it." }, fieldErrors: {}, conflict, values: { title: "t" } });
  });

  it("names a failure that came without a message", () => {
    expect(writeFailureState({ ok: false, kind: "invalid", fieldErrors: { title: ["Enter a title."] } }, {}).failure)
      .toEqual({ kind: "invalid", message: "Some fields need attention; nothing was saved." });
  });
});

describe("refusals", () => {
  it("adds what did not happen to the reason, unless told not to", () => {
    expect(refusalState({ kind: "forbidden", message: "Your role does not allow this." }).failure?.message).toBe("Your role does not allow this. Nothing was saved.");
    expect(refusalState({ kind: "forbidden", message: "Your role does not allow this." }, "").failure?.message).toBe("Your role does not allow this.");
    expect(refusalState({ kind: "invalid-request", message: "No form." }, "Nothing was started.").failure).toEqual({ kind: "invalid-request", message: "No form. Nothing was started." });
  });

  it("maps the data layer's thrown refusals and rethrows anything else", () => {
    expect(thrownRefusalState(new AccessDenied(403), { unchanged: "" }).failure).toEqual({ kind: "forbidden", message: "Your role does not allow this." });
    const invalid = thrownRefusalState(new InvalidInput({ email: ["Bad."], name: undefined, password: ["Short."] }), { values: { email: "x" } });
    expect(invalid).toMatchObject({ failure: { kind: "invalid", message: "Bad. Short." }, fieldErrors: { email: ["Bad."], password: ["Short."] }, values: { email: "x" } });
    expect(thrownRefusalState(new LastAdminError()).failure?.kind).toBe("conflict");
    expect(() => thrownRefusalState(new AccessDenied(401))).toThrow("redirect /admin/login?next=%2Fadmin");
    expect(() => thrownRefusalState(new Error("a bug"))).toThrow("a bug");
  });
});

describe("authorizedAction", () => {
  beforeEach(() => {
    session.viewer = null;
  });
  const form = new FormData();

  it("refuses a lower role and a call that is not a form, without running the handler", async () => {
    const handler = vi.fn(async () => ({ done: "ran" }));
    const action = authorizedAction("ADMIN", handler, { unchanged: "Nothing was started." });
    session.viewer = viewerWith("EDITOR");
    expect((await action({}, form)).failure).toEqual({ kind: "forbidden", message: "Your role does not allow this. Nothing was started." });
    session.viewer = viewerWith("ADMIN");
    expect((await action({}, "not a form" as unknown as FormData)).failure?.kind).toBe("invalid-request");
    expect(handler).not.toHaveBeenCalled();
    expect(await action({}, form)).toEqual({ done: "ran" });
  });

  it("sends a caller without a session to the login page", async () => {
    await expect(authorizedAction("VIEWER", async () => ({}))({}, form)).rejects.toThrow("redirect /admin/login");
  });

  it("turns what the data layer throws into the state", async () => {
    session.viewer = viewerWith("ADMIN");
    const action = authorizedAction("VIEWER", async () => {
      throw new LastAdminError();
    }, { unchanged: "" });
    expect((await action({}, form)).failure).toEqual({ kind: "conflict", message: "This would leave no active admin. Make another user an admin first." });
  });
});
