import "server-only";
// The one way a server action that needs a role is written. The session and the role are checked
// before anything the client sent is looked at: the form reaches the handler only for a signed-in
// user of the right role, so a request with no account (or a forged cookie) never gets as far as
// parsing field names. The data layer checks the role again (assertRole in every *-writes.ts):
// this wrapper is the door, not the only lock.
//
// Server actions can be called by anyone who knows their id, with any arguments, on any page URL:
// a second argument that is not a FormData, or a form that cannot be read safely, is answered with
// a refusal (an ActionState) instead of an exception (an exception would be a 500).
import { redirect } from "next/navigation";
import { type ActionState, type FormAction, NOTHING_SAVED, refusalState } from "./action-state";
import { UnsafeFormInput } from "./form-data";
import { thrownRefusalState } from "./thrown-refusal";
import { AccessDenied, assertRole, type Viewer } from "../access/authorize";
import { loginPath } from "../auth/admin-path";
import { getViewer } from "../auth/viewer";
import type { Role } from "../db/generated/client";

/** The viewer of this request if they hold `atLeast`; otherwise AccessDenied (401 or 403). */
export async function requireActionViewer(atLeast: Role): Promise<Viewer> {
  return assertRole(await getViewer(), atLeast);
}

export type AuthorizedActionOptions = {
  /** Said after a refusal's reason: what did not happen. "Nothing was saved." unless told; "" for nothing. */
  unchanged?: string;
};

/**
 * Wraps `handler(viewer, form)` as a server action `(previousState, form) => state`.
 * No session → the login page. Below the role, a malformed call or an unreadable form → a
 * refusal state (lib/actions/action-state.ts refusalState), and nothing runs. A refusal the data
 * layer throws while the handler runs (./thrown-refusal.ts) becomes the state too.
 */
export function authorizedAction(
  atLeast: Role,
  handler: (viewer: Viewer, form: FormData) => Promise<ActionState>,
  { unchanged = NOTHING_SAVED }: AuthorizedActionOptions = {},
): FormAction {
  return async (_previousState, form) => {
    let viewer: Viewer;
    try {
      viewer = await requireActionViewer(atLeast);
    } catch (err) {
      if (!(err instanceof AccessDenied)) throw err;
      if (err.status === 401) redirect(loginPath("/admin"));
      return refusalState({ kind: "forbidden", message: err.message }, unchanged);
    }
    if (!(form instanceof FormData)) {
      return refusalState({ kind: "invalid-request", message: "The request was not a form submission." }, unchanged);
    }
    try {
      return await handler(viewer, form);
    } catch (err) {
      if (err instanceof UnsafeFormInput)
        return refusalState({ kind: "invalid-request", message: err.message }, unchanged);
      return thrownRefusalState(err, { unchanged });
    }
  };
}
