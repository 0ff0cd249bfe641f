// Settings every adapter reads the same way: request policy from FeedSource.config (validated),
// and the credential named by FeedSource.credentialEnv (only a name its adapter declares).
import { z } from "zod";
import type { FeedSource } from "../../db/generated/client";
import { allowedPrivateHostsSchema } from "../../env";
import type { FetchOptions } from "../http/fetch-source";
import { SourceError, type AdapterContext } from "../types";
import { credentialRefusal } from "../../feeds/credentials";

export const sourceConfigSchema = z.looseObject({
  timeoutMs: z.number().int().min(100).max(120_000).optional(),
  retries: z.number().int().min(0).max(6).optional(),
  backoffMs: z.number().int().min(0).max(60_000).optional(),
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .optional(),
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

/** FEED_ALLOWED_PRIVATE_HOSTS from the run's environment, validated like lib/env.ts does at start-up. */
function allowedPrivateHosts(ctx: AdapterContext): string[] {
  const parsed = allowedPrivateHostsSchema.safeParse(ctx.env.FEED_ALLOWED_PRIVATE_HOSTS);
  if (!parsed.success) throw new SourceError(`invalid FEED_ALLOWED_PRIVATE_HOSTS: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Every adapter's request starts here, so a source naming an undeclared credential fails before any request. */
export function requestPolicy(source: FeedSource, ctx: AdapterContext, expect: FetchOptions["expect"]): FetchOptions {
  const refused = credentialRefusal(source.kind, source.credentialEnv);
  if (refused) throw new SourceError(`refused: ${refused}`);
  const c = readConfig(source);
  const envTimeout = Number(ctx.env.FEED_TIMEOUT_MS);
  return {
    signal: ctx.signal,
    expect,
    timeoutMs: c.timeoutMs ?? (Number.isFinite(envTimeout) && envTimeout > 0 ? envTimeout : 15_000),
    retries: c.retries,
    backoffMs: c.backoffMs,
    maxBytes: c.maxBytes,
    allowedPrivateHosts: allowedPrivateHosts(ctx),
  };
}

/**
 * The value of the env variable the source names; a missing one means the source is not configured.
 * Only a name the source's adapter declares is read (defence in depth for rows written before the
 * form checked it, or written around it).
 */
export function requireCredential(source: FeedSource, ctx: AdapterContext, name = source.credentialEnv): string {
  if (!name) throw new SourceError(`not configured: ${source.slug} names no credential variable`);
  const refused = credentialRefusal(source.kind, name);
  if (refused) throw new SourceError(`refused: ${refused}`);
  const value = ctx.env[name];
  if (!value) throw new SourceError(`not configured: ${name} is not set`);
  return value;
}

/** A paging link from a response must stay on the source's own host. */
export function assertSameHost(next: string, source: FeedSource): string {
  const url = new URL(next, source.url);
  if (url.host !== new URL(source.url).host)
    throw new SourceError(`next-page link leaves ${new URL(source.url).host}: ${url.host}`);
  return url.toString();
}
