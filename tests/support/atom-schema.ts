// An Atom 1.0 document as RFC 4287 defines it, checked over fast-xml-parser's output. Written from
// the RFC, not from lib/syndication, so a test holds the generator to the standard rather than to
// itself. Covers what the RFC requires of a feed and its entries (§4.1.1 feed, §4.1.2 entry), the
// constructs (§3.1 text, §3.2 person, §3.3 date) and the element rules used by readers (§4.2.4
// category, §4.2.7 link, §4.1.3 content); the SHOULD of a rel="self" link (§4.2.7.2) is required.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";

const ATOM_NS = "http://www.w3.org/2005/Atom";

// Elements that may occur more than once come back as arrays; every other element must occur at
// most once, which the schemas below enforce by expecting a single string or object.
const REPEATABLE = new Set(["entry", "link", "category", "author", "contributor"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATABLE.has(name),
});

/** Parses XML text; throws when it is not well-formed XML. */
export function parseAtomXml(xml: string): unknown {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml);
}

// §3.3: a date-time as RFC 3339 writes it, with an upper-case T and Z.
const dateConstruct = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "must be an RFC 3339 date-time")
  .refine((s) => !Number.isNaN(Date.parse(s)), "must be a real date");

// An IRI (RFC 3987) as far as a check can tell without a full grammar: a scheme, then no spaces.
const iri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"]+$/, "must be an absolute IRI");

// §3.1: text, or an element whose type attribute is text, html or xhtml.
const textConstruct = z.union([
  z.string(),
  z
    .object({
      "#text": z.string().optional(),
      "@_type": z.enum(["text", "html", "xhtml"]).optional(),
    })
    .loose(),
]);

// §3.2: a name, optionally a uri (IRI) and an email.
const personConstruct = z
  .object({ name: z.string().min(1), uri: iri.optional(), email: z.string().optional() })
  .loose();

// §4.2.7: href required; rel a registered name or an IRI; type a media type.
const link = z
  .object({
    "@_href": iri,
    "@_rel": z.union([z.string().regex(/^[a-z][a-z.-]*$/), iri]).optional(),
    "@_type": z
      .string()
      .regex(/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/, "must be a media type")
      .optional(),
    "@_hreflang": z.string().optional(),
    "@_title": z.string().optional(),
    "@_length": z.string().regex(/^\d+$/).optional(),
  })
  .loose();

// §4.2.2: term required.
const category = z
  .object({ "@_term": z.string().min(1), "@_scheme": iri.optional(), "@_label": z.string().optional() })
  .loose();

// §4.1.3: inline text/html/xhtml or another media type, or out of line with src (then no text).
const content = z.union([
  z.string(),
  z.object({ "#text": z.string().optional(), "@_type": z.string().optional(), "@_src": iri.optional() }).loose(),
]);

type Link = z.infer<typeof link>;
const relOf = (l: Link) => l["@_rel"] ?? "alternate";

/** §4.2.7.2: at most one rel="alternate" link per type and hreflang. */
function oneAlternatePerType(links: Link[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const l of links.filter((candidate) => relOf(candidate) === "alternate")) {
    const key = `${l["@_type"] ?? ""}|${l["@_hreflang"] ?? ""}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", message: `two alternate links with type/hreflang ${key}` });
    seen.add(key);
  }
}

export const atomEntrySchema = z
  .object({
    id: iri,
    title: textConstruct,
    updated: dateConstruct,
    published: dateConstruct.optional(),
    author: z.array(personConstruct).optional(),
    contributor: z.array(personConstruct).optional(),
    link: z.array(link).optional(),
    category: z.array(category).optional(),
    summary: textConstruct.optional(),
    content: content.optional(),
    rights: textConstruct.optional(),
  })
  .loose()
  .superRefine((entry, ctx) => {
    const links = entry.link ?? [];
    oneAlternatePerType(links, ctx);
    // §4.1.2: without content, an entry must have an alternate link.
    if (entry.content === undefined && !links.some((l) => relOf(l) === "alternate")) {
      ctx.addIssue({ code: "custom", message: "an entry without content needs a rel=alternate link" });
    }
    // §4.1.2: out-of-line content (src) needs a summary.
    const outOfLine = typeof entry.content === "object" && entry.content["@_src"] !== undefined;
    if (outOfLine && entry.summary === undefined) {
      ctx.addIssue({ code: "custom", message: "an entry with content src needs a summary" });
    }
  });

export const atomFeedSchema = z
  .object({
    "@_xmlns": z.literal(ATOM_NS),
    id: iri,
    title: textConstruct,
    updated: dateConstruct,
    subtitle: textConstruct.optional(),
    rights: textConstruct.optional(),
    author: z.array(personConstruct).optional(),
    contributor: z.array(personConstruct).optional(),
    link: z.array(link),
    category: z.array(category).optional(),
    generator: z.union([z.string(), z.object({ "#text": z.string() }).loose()]).optional(),
    icon: iri.optional(),
    logo: iri.optional(),
    entry: z.array(atomEntrySchema).optional(),
  })
  .loose()
  .superRefine((feed, ctx) => {
    oneAlternatePerType(feed.link, ctx);
    if (!feed.link.some((l) => relOf(l) === "self")) {
      ctx.addIssue({ code: "custom", path: ["link"], message: "a feed should link to itself (rel=self)" });
    }
    // §4.1.1: every entry needs an author, its own or the feed's.
    const entries = feed.entry ?? [];
    if (!feed.author?.length && entries.some((entry) => !entry.author?.length)) {
      ctx.addIssue({ code: "custom", path: ["author"], message: "an entry has no author and the feed names none" });
    }
    // §4.1.1: ids are unique within a feed (no two entries with the same id and updated).
    const ids = entries.map((entry) => `${entry.id}@${entry.updated}`);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["entry"], message: "duplicate entry" });
  });

export const atomDocumentSchema = z.object({ feed: atomFeedSchema }).loose();
export type AtomDocument = z.infer<typeof atomDocumentSchema>;
export type AtomEntry = z.infer<typeof atomEntrySchema>;

/** Parses and checks an Atom document; throws with every problem found. */
export function checkAtom(xml: string): AtomDocument {
  return atomDocumentSchema.parse(parseAtomXml(xml));
}

/** An element's text, whether fast-xml-parser gave a string or an object with attributes. */
export const textOf = (value: unknown): string =>
  typeof value === "string" ? value : ((value as { "#text"?: string } | undefined)?.["#text"] ?? "");
