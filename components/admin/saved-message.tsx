// The confirmation on a record's edit page after its save or publish action redirected back to it
// with ?saved=1, ?saved=published or ?saved=withdrawn (app/admin/<section>/actions.ts).
import { FormMessage } from "./form-fields";

export function SavedMessage({
  saved,
  what,
  publishedText = "Published.",
}: {
  /** The page's `saved` search parameter, as it came. */
  saved: string | string[] | undefined;
  /** The record's noun: "Withdrawn: the claim is a draft again." */
  what: string;
  publishedText?: string;
}) {
  const messages: Record<string, string> = {
    "1": "Saved.",
    published: publishedText,
    withdrawn: `Withdrawn: the ${what} is a draft again.`,
  };
  // Own keys only: ?saved=__proto__ or ?saved=constructor must not reach Object.prototype.
  const known = typeof saved === "string" && Object.hasOwn(messages, saved);
  return <FormMessage state={{ done: known ? messages[saved] : undefined }} />;
}
