// The module graph of lib/, for `npm test`'s lint step and for review:
// - fails when two lib/ folders import each other, directly or through others (a folder cycle);
// - prints modules per folder, the longest import chain, and lines over 120 characters.
// Type-only imports count: a folder that needs another's types depends on it.
// Usage: tsx scripts/check/import-graph.ts [--report]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const SOURCE = /\.(ts|tsx)$/;
const SKIP = new Set(["node_modules", ".next", "generated", ".data", "test-results"]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : SOURCE.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next form */
    }
  }
  return null;
}

const IMPORT = /(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** Module → the project modules it imports. */
export function moduleGraph(dirs = ["lib"]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((d) => walk(path.join(root, d)))) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolveImport(file, (m[1] ?? m[2])!))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** "lib/ingest/sources/x.ts" → "lib/ingest" (the first folder under lib/). */
const folderOf = (file: string) => path.relative(root, file).split(path.sep).slice(0, 2).join("/");

/** Folder → folder edges inside lib/, each with one import that makes it (for the report). */
function folderEdges(graph: Map<string, string[]>): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const [from, tos] of graph) {
    for (const to of tos) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a === b || !a.startsWith("lib/") || !b.startsWith("lib/")) continue;
      const out = edges.get(a) ?? edges.set(a, new Map()).get(a)!;
      if (!out.has(b)) out.set(b, `${path.relative(root, from)} → ${path.relative(root, to)}`);
    }
  }
  return edges;
}

/**
 * Groups of lib/ folders that import each other (strongly connected components of more than one
 * folder), each with the imports between its members: every one of them is part of a cycle.
 */
export function folderCycles(graph: Map<string, string[]>): { folders: string[]; imports: string[] }[] {
  const edges = folderEdges(graph);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const strongConnect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        strongConnect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) strongConnect(node);
  return groups.map((folders) => ({
    folders,
    imports: folders.flatMap((a) =>
      [...(edges.get(a) ?? [])].filter(([b]) => folders.includes(b)).map(([, example]) => example),
    ),
  }));
}

/** The longest chain of imports without repeating a module (depth-first, memoised on acyclic parts). */
export function longestChain(graph: Map<string, string[]>): string[] {
  const memo = new Map<string, string[]>();
  const onPath = new Set<string>();
  const longest = (node: string): string[] => {
    const known = memo.get(node);
    if (known) return known;
    onPath.add(node);
    let best: string[] = [];
    for (const next of graph.get(node) ?? []) {
      if (onPath.has(next)) continue;
      const chain = longest(next);
      if (chain.length > best.length) best = chain;
    }
    onPath.delete(node);
    const result = [node, ...best];
    memo.set(node, result);
    return result;
  };
  return [...graph.keys()].map(longest).reduce((a, b) => (b.length > a.length ? b : a), []);
}

if (process.argv[1]?.endsWith("import-graph.ts")) {
  const graph = moduleGraph(["lib", "app", "components", "scripts"]);
  const libGraph = new Map([...graph].filter(([file]) => folderOf(file).startsWith("lib/")));
  const cycles = folderCycles(libGraph);
  if (process.argv.includes("--report")) {
    const perFolder = new Map<string, number>();
    for (const file of libGraph.keys()) perFolder.set(folderOf(file), (perFolder.get(folderOf(file)) ?? 0) + 1);
    console.log("modules per lib/ folder:", Object.fromEntries([...perFolder].sort()));
    const chain = longestChain(libGraph);
    console.log(
      `longest import chain in lib/ (${chain.length - 1} imports):\n  ${chain.map((f) => path.relative(root, f)).join("\n  → ")}`,
    );
    const long = [...graph.keys()].flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((l) => l.length > 120),
    ).length;
    console.log(`lines over 120 characters in lib/ app/ components/ scripts/: ${long}`);
  }
  if (cycles.length) {
    console.error(`lib/ folders that import each other (${cycles.length} group${cycles.length === 1 ? "" : "s"}):`);
    for (const cycle of cycles) console.error(`  ${cycle.folders.join(", ")}\n    ${cycle.imports.join("\n    ")}`);
    process.exit(1);
  }
  console.log("no import cycles between lib/ folders");
}
