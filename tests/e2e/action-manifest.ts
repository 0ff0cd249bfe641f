// Server actions as the production build lists them (.next/server/server-reference-manifest.json):
// their ids, exported names, source files and a page that serves them. 'use cache' functions are
// listed there too and are not actions.
import fs from "node:fs";
import path from "node:path";

export type ServerActionEntry = { id: string; name: string; source: string; page: string };

export function listServerActions(root = process.cwd()): ServerActionEntry[] {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).flatMap(([id, entry]) => {
    const name = entry.exportedName ?? "";
    if (name.startsWith("$$RSC_SERVER_CACHE")) return [];
    const worker =
      Object.keys(entry.workers).find((w) => w.startsWith("app/admin")) ??
      Object.keys(entry.workers)[0] ??
      "app/admin/page";
    const page = `/${worker
      .replace(/^app\//, "")
      .replace(/\/(page|route)$/, "")
      .replace(/\(.*?\)\//g, "")}`.replace(/\[[^\]]+\]/g, "dummy-id-0000");
    return [{ id, name, source: entry.filename ?? "", page }];
  });
}
