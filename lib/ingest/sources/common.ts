// Settings every adapter reads the same way: request policy from FeedSource.config (validated),
// and the credential named by FeedSource.credentialEnv.
import { z } from "zod";
import type { FeedSource } from "../../db/generated/client";
import type { FetchOptions } from "../http";
import { SourceError, type AdapterContext } from "../types";

export const sourceConfigSchema = z.looseObject({
  timeoutMs: z.number().int().min(100).max(120_000).optional(),
  retries: z.number().int().min(0).max(6).optional(),
  backoffMs: z.number().int().min(0).max(60_000).optional(),
  maxBytes: z.number().int().min(1024).max(100 * 1024 * 1024).optional(),
  pageSize: z.number().int().min(1).max(1000).optional(),
  /** ReliefWeb's pre-approved application name. */
  appname: z.string().optional(),
});
export type SourceConfig = z.infer<typeof sourceConfigSchema>;

export function readConfig(source: FeedSource): SourceConfig {
  const parsed = sourceConfigSchema.safeParse(source.config ?? {});
  if (!parsed.success) throw new SourceError(`invalid config for ${source.slug}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function requestPolicy(source: FeedSource, ctx: AdapterContext, expect: FetchOptions["expect"]): FetchOptions {
  const c = readConfig(source);
  const envTimeout = Number(ctx.env.FEED_TIMEOUT_MS);
  return {
    signal: ctx.signal,
    expect,
    timeoutMs: c.timeoutMs ?? (Number.isFinite(envTimeout) && envTimeout > 0 ? envTimeout : 15_000),
    retries: c.retries,
    backoffMs: c.backoffMs,
    maxBytes: c.maxBytes,
  };
}

/** The value of the env variable the source names; a missing one means the source is not configured. */
export function requireCredential(source: FeedSource, ctx: AdapterContext, name = source.credentialEnv): string {
  if (!name) throw new SourceError(`not configured: ${source.slug} names no credential variable`);
  const value = ctx.env[name];
  if (!value) throw new SourceError(`not configured: ${name} is not set`);
  return value;
}

/** A paging link from a response must stay on the source's own host. */
export function assertSameHost(next: string, source: FeedSource): string {
  const url = new URL(next, source.url);
  if (url.host !== new URL(source.url).host) throw new SourceError(`next-page link leaves ${new URL(source.url).host}: ${url.host}`);
  return url.toString();
}
