// The review forms' state: the admin form state plus a confirmation and the items found stale.
import type { FormState } from "../writes/write-result";

export type ReviewFormState = FormState & { done?: string; staleItemIds?: string[] };
