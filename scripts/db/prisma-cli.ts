// Runs Prisma's own CLI (so migrations go through `prisma migrate`, with its history table),
// against a given database URL. prisma.config.ts picks the schema engine.
import { spawn } from "node:child_process";
import path from "node:path";

const PRISMA_BIN = path.join(process.cwd(), "node_modules", ".bin", "prisma");

export function runPrisma(
  args: string[],
  env: Record<string, string | undefined> = {},
  opts: { quiet?: boolean } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(PRISMA_BIN, args, {
      env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (b: Buffer) => {
      out += b;
      if (!opts.quiet) process.stdout.write(b);
    });
    child.stderr.on("data", (b: Buffer) => {
      out += b;
      if (!opts.quiet) process.stderr.write(b);
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`prisma ${args.join(" ")} exited with ${code}:\n${out}`)),
    );
  });
}

export function applyMigrations(url: string, opts: { quiet?: boolean } = {}): Promise<string> {
  return runPrisma(["migrate", "deploy"], { DATABASE_URL: url }, opts);
}
