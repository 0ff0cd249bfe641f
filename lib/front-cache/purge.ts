// The app's side of the front cache (server.ts): `npm start` runs Next with an IPC channel to the
// runner, which holds the cache. Every write that expires cache tags calls this, and the runner
// empties its cache; without the runner (next start alone, Vercel) there is no channel and
// nothing to do.
export const FRONT_CACHE_PURGE = "front-cache:purge";

export function purgeFrontCache(): void {
  if (typeof process.send === "function" && process.connected) process.send({ type: FRONT_CACHE_PURGE });
}
