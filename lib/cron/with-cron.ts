import "server-only";
// The one guard of the /api/cron/* route handlers: a call without `Authorization: Bearer
// $CRON_SECRET` (or any call while the secret is unset) gets a 401 before the handler runs, so
// nothing is read or written. Every answer is `no-store`: a shared cache must never keep a run's
// summary, and never answer a later caller with someone else's result.
import { getEnv } from "../env";
import { isAuthorizedCronRequest } from "./cron-auth";

export type CronHandler = (request: Request) => Promise<Response>;

const NO_STORE = "no-store";
const UNAUTHORIZED_HEADERS = { "cache-control": NO_STORE, "www-authenticate": "Bearer" };

export function withCron(handler: CronHandler): CronHandler {
  return async (request) => {
    if (!isAuthorizedCronRequest(request.headers.get("authorization"), getEnv().CRON_SECRET)) {
      return Response.json({ error: "unauthorized" }, { status: 401, headers: UNAUTHORIZED_HEADERS });
    }
    const response = await handler(request);
    response.headers.set("cache-control", NO_STORE);
    return response;
  };
}
