/** Links to the feeds of changes (app/feeds, lib/syndication): the whole record's by default, or
 *  one part of it with `query` ("?province=PK-KP", "?track=china-urumqi-talks"), as a feed reader
 *  or a program takes them. The pages announce the same feeds in their <head>. */
export function FollowFeeds({ query = "" }: { query?: string }) {
  return (
    <p className="downloads follow-feeds">
      Follow:{" "}
      <a href={`/feeds/changes.atom${query}`} type="application/atom+xml">
        Atom
      </a>{" "}
      ·{" "}
      <a href={`/feeds/changes.json${query}`} type="application/feed+json">
        JSON Feed
      </a>
    </p>
  );
}
