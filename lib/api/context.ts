import { getEnv } from "../env";
import type { ApiContext } from "./responses";

/** The context of a live request: the configured public origin and the current time. */
export const requestContext = (): ApiContext => ({ siteUrl: getEnv().SITE_URL, now: new Date() });
