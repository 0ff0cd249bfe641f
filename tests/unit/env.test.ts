import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_DB_DIR).toBe(".data/pglite");
    expect(env.EMBEDDED_DB_PORT).toBe(54329);
    expect(env.PRISMA_ENGINE).toBe("auto");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgres URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db.example:5432/x?sslmode=require" }).DATABASE_URL).toBe(
      "postgresql://u:p@db.example:5432/x?sslmode=require",
    );
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/x" }, "DATABASE_URL"],
    [{ EMBEDDED_DB_PORT: "80" }, "EMBEDDED_DB_PORT"],
    [{ PRISMA_ENGINE: "rust" }, "PRISMA_ENGINE"],
    [{ SITE_URL: "not a url" }, "SITE_URL"],
  ])("rejects %o naming the variable", (source, name) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name}:`));
  });
});
