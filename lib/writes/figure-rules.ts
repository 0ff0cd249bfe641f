// The rules of a figure and its qualifier, shared by every input that records one (claims, period
// counts): a blank upper figure is the lower one, two different figures are a range, "none" is 0.
import type { z } from "zod";

type FigureInput = { valueLow: number; valueHigh?: number; qualifier: string };

/** Adds the figure's issues to `ctx` and returns the upper figure (the lower one when blank). */
export function checkFigureRange(c: FigureInput, ctx: z.RefinementCtx): number {
  const valueHigh = c.valueHigh ?? c.valueLow;
  if (valueHigh < c.valueLow)
    ctx.addIssue({ code: "custom", path: ["valueHigh"], message: "The upper figure is below the lower one." });
  else if (c.qualifier === "RANGE" && valueHigh === c.valueLow)
    ctx.addIssue({
      code: "custom",
      path: ["valueHigh"],
      message: "A range needs an upper figure above the lower one.",
    });
  else if (c.qualifier !== "RANGE" && valueHigh !== c.valueLow)
    ctx.addIssue({ code: "custom", path: ["qualifier"], message: "Two different figures: choose “range”." });
  if (c.qualifier === "NONE" && c.valueLow !== 0)
    ctx.addIssue({ code: "custom", path: ["qualifier"], message: "“None” means a figure of 0." });
  if (c.qualifier !== "NONE" && c.qualifier !== "RANGE" && c.valueLow === 0)
    ctx.addIssue({ code: "custom", path: ["qualifier"], message: "A figure of 0 is recorded as “none”." });
  return valueHigh;
}
