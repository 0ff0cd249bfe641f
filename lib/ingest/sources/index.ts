// One adapter per FeedKind. GDELT has a kind in the schema but no adapter yet.
import type { FeedKind } from "../../db/generated/client";
import { SourceError, type SourceAdapter } from "../types";
import { acledAdapter } from "./acled";
import { reliefwebAdapter } from "./reliefweb";
import { rssAdapter } from "./rss";
import { ucdpAdapter } from "./ucdp";

const ADAPTERS: Partial<Record<FeedKind, SourceAdapter>> = {
  UCDP: ucdpAdapter,
  RSS: rssAdapter,
  RELIEFWEB: reliefwebAdapter,
  ACLED: acledAdapter,
};

export function getAdapter(kind: FeedKind): SourceAdapter {
  const adapter = ADAPTERS[kind];
  if (!adapter) throw new SourceError(`no adapter for ${kind} sources`);
  return adapter;
}
