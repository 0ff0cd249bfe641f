// Builds a Prisma client on the pg driver adapter. No engine binary is involved at run time: the
// Rust-free client compiles queries in WebAssembly and sends SQL through `pg`.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;
/** A Prisma client or an interactive-transaction client: what a query or a write step takes. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(url: string, options: { poolMax?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: url, max: options.poolMax ?? 10 });
  return new PrismaClient({ adapter });
}
