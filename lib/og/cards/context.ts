import type { Fit } from "../layout";

/** What every card builder gets besides its own arguments. */
export type CardContext = { fit: Fit; updated: string };
