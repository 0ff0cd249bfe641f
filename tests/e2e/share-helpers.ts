import { expect, type APIRequestContext } from "@playwright/test";

/** Fetches a card and checks it is a PNG of exactly 1200×630 (IHDR width and height, bytes 16–24). */
export async function expectCard(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  expect(png.subarray(0, 8).toString("hex"), url).toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
  return res;
}
