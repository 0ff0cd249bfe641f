import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LatestRelease } from "@/components/releases/latest-release";
import { SectionSkeleton } from "@/components/section-skeleton";
import { methodologyMetadata } from "@/lib/share/metadata-static";
import { CITATION_EXAMPLE } from "@/lib/site";

export const metadata: Metadata = methodologyMetadata();

export default function MethodologyPage() {
  return (
    <article className="prose">
      <h1>Methodology</h1>
      <nav aria-label="On this page">
        <ol>
          <li>
            <a href="#attacks">What counts as an attack</a>
          </li>
          <li>
            <a href="#counters">How the independent counters count</a>
          </li>
          <li>
            <a href="#claims">Claims, never merged</a>
          </li>
          <li>
            <a href="#neutrality">Neutrality rules</a>
          </li>
          <li>
            <a href="#qualifiers">Qualifiers and ranges</a>
          </li>
          <li>
            <a href="#sources">Sources</a>
          </li>
          <li>
            <a href="#places">Places and dates</a>
          </li>
          <li>
            <a href="#gaps">Known gaps</a>
          </li>
          <li>
            <a href="#cite">How to cite</a>
          </li>
          <li>
            <a href="#corrections">Corrections</a>
          </li>
          <li>
            <a href="#licence">Licence</a>
          </li>
        </ol>
      </nav>

      <h2 id="attacks">What counts as an attack</h2>
      <p>
        An <strong>incident</strong> is one violent event reported by at least one source: suicide bombings, IEDs and
        vehicle bombs, armed assaults, targeted killings, airstrikes, artillery and cross-border fire, drone attacks and
        border clashes. The <Link href="/attacks">attacks</Link> view counts incidents that took place{" "}
        <em>inside Pakistan</em>, whoever carried them out; Pakistani strikes inside Afghanistan are incidents in
        Afghanistan and appear on incident pages and in the casualty ledger. An incident is counted once however many
        sources report it. Its status says how well it is established: <em>reported</em> (one account),{" "}
        <em>disputed</em> (the parties contest what happened) or <em>corroborated</em>.
      </p>
      <p>
        Perpetrators are recorded in two kinds: responsibility <em>claimed</em> by the actor itself, and blame{" "}
        <em>attributed</em> by someone else (usually Pakistan&apos;s government or military), with who attributed it.
        The two are never shown as one number.
      </p>

      <h2 id="counters">The national picture: how the independent counters count</h2>
      <p>
        The record&apos;s incidents are the ones its sources name; they are far fewer than the attacks that happen. For
        the national picture we show the figures of counters that track every month, each as its counter published it (a{" "}
        <strong>period count</strong>: counter, period, what is counted, value with its qualifier, the page it comes
        from, its date and a verbatim quote). Their definitions differ, so their totals differ, and we never add one
        counter&apos;s figure to another&apos;s nor put them in one series:
      </p>
      <ul>
        <li>
          <strong>PICSS</strong> (Pakistan Institute for Conflict and Security Studies, Islamabad) counts
          &ldquo;militant attacks&rdquo; and the deaths and injuries in them, month by month. Militants killed in
          security-force operations are counted separately; its &ldquo;combined toll&rdquo; (&ldquo;combat-related
          deaths&rdquo;) covers both. Its deaths include militants and members of pro-government peace committees. It
          restates its own months and its annual totals; each version is kept with its date. For 2025 it counted at
          least 1,063, later 1,066 attacks.
        </li>
        <li>
          <strong>PIPS</strong> (Pak Institute for Peace Studies) counts &ldquo;terrorist attacks&rdquo; (its word) and
          the deaths in them; militants killed in military operations and clashes are reported separately. Its count is
          narrower: 699 for 2025. No monthly PIPS release for 2025 or 2026 has been found.
        </li>
        <li>
          <strong>CRSS</strong> (Center for Research and Security Studies) counts &ldquo;violence-linked
          fatalities&rdquo; and &ldquo;incidents of violence&rdquo; from terror attacks <em>and</em> counter-terror
          operations together, by quarter and year. Its figures are not attack counts.
        </li>
        <li>
          <strong>The UN</strong> (UNAMA, OHCHR and the Secretary-General&apos;s spokesperson) counts civilian
          casualties <em>inside Afghanistan</em> from Pakistani cross-border fire and strikes. No UN figures for
          civilians on Pakistan&apos;s side were found.
        </li>
        <li>
          Figures of official bodies (the military&apos;s ISPR, Khyber Pakhtunkhwa police and its counter-terrorism
          department), of either party to the fighting, and second-hand mentions of other datasets (the Global Terrorism
          Index, ACLED) are kept apart and labelled as what they are.
        </li>
      </ul>
      <p>
        Most figures come from news reports of the counters&apos; releases; the counter&apos;s own page is cited where
        it was found. A page that copies another, mirrors it or hedges its own figures is marked ⚠. A month without a
        figure is shown as a gap, never as zero, and every chart states the date of the latest report it stands on.
        Where the record&apos;s own incidents are counted, the page says so (&ldquo;incidents in this record&rdquo;) and
        gives the record&apos;s reach; when a period runs past the record&apos;s latest incident, the page says the
        record has not caught up.
      </p>

      <h2 id="claims">Every number is somebody&apos;s claim, and claims are never merged</h2>
      <p>
        Each figure is stored as a <strong>claim</strong>: who made it (the claimant, and the official who spoke for
        it), whose losses it is about (Pakistani forces, Afghan forces, civilians in either country, militants), what it
        counts (killed, injured, captured, posts, vehicles…), its value with its qualifier, the date it was made, the
        document it comes from and a short verbatim quote. A claim is about one incident, one named episode (such as the
        February–March 2026 fighting) or one period.
      </p>
      <p>
        We never add one party&apos;s figure to another&apos;s, and never replace them with a single &ldquo;true&rdquo;
        number: the disagreement is the record. When Islamabad says 2 of its soldiers were killed and Kabul says 55,
        both stand side by side. When a claimant revises its own figure (Pakistan&apos;s count of Afghan fighters killed
        went 133 → 228 → 415 → 481), each version is kept with its date and the latest is shown first.
      </p>
      <p>
        Independent counts, such as the UN Assistance Mission in Afghanistan (UNAMA), are claims too, shown in their own
        column. UNAMA counts civilian casualties inside Afghanistan only; its thresholds are disputed by some Pakistani
        commentators.
      </p>

      <h2 id="neutrality">Neutrality rules</h2>
      <p>These rules bind the data and the words on every page; the dataset check enforces the ones a program can.</p>
      <ul>
        <li>
          <strong>Our voice describes.</strong> Titles and summaries say what happened, where and when. Each side&apos;s
          framing (&ldquo;retaliatory&rdquo;, &ldquo;terrorists&rdquo;, &ldquo;martyrs&rdquo;) stays inside a quotation
          attributed to whoever used it; a reviewed list of such words is rejected outside quotation marks.
        </li>
        <li>
          <strong>An accusation is drawn as an accusation.</strong> An incident inside Afghanistan is never simply
          &ldquo;a Pakistani strike&rdquo;: it is <em>acknowledged by Pakistan</em>, <em>attributed</em> to Pakistan by
          an independent observer (the UN, a news organisation), <em>alleged</em> by the Afghan authorities, or{" "}
          <em>unattributed</em>. The map, its table, the API and each incident page say which.
        </li>
        <li>
          <strong>One statement, one claim.</strong> A figure reported by several outlets is one claim with several
          citations, for both sides alike; the same statement stored twice is rejected.
        </li>
        <li>
          <strong>Quotes are marked.</strong> A <em>verbatim</em> quote is the document&apos;s own words, in quotation
          marks, and is checked against the text we hold. A <em>summary</em> (a digest&apos;s account of a report) is
          labelled as one and never put in quotation marks.
        </li>
        <li>
          <strong>Security operations are not attacks.</strong> An operation by the state&apos;s own forces is recorded
          as a security operation and kept out of every count of attacks.
        </li>
        <li>
          <strong>No sums across sides or counters</strong>, and no bare zero for the world: a count of this
          record&apos;s incidents says so, with the record&apos;s reach.
        </li>
      </ul>

      <h2 id="qualifiers">Qualifiers and ranges</h2>
      <p>
        A figure keeps the words that came with it: <em>exactly</em> (a plain number), <em>at least</em>,{" "}
        <em>more than</em>, <em>up to</em>, <em>about</em>, a <em>range</em> (4–7) and <em>none</em> (&ldquo;no
        casualties&rdquo;). &ldquo;At least 133&rdquo; is not 133. A claimant may also <em>acknowledge</em> its own
        losses or <em>deny</em> a figure.
      </p>

      <h2 id="sources">Sources</h2>
      <p>
        Every incident and every figure links to at least one source document: a news report, an official statement, a
        UN report or a research publication. We record the publisher, the date and the address, and quote the passage
        the figure comes from. A figure without a claimant and a source is not published. Some early records cite a
        digest of published reports where the original article is not archived with us; their notes say so.
      </p>
      <p>
        Other trackers record differently, and their figures are not directly comparable with ours: ACLED codes the most
        conservative fatality figure when reports differ and does not split fatalities by side; UCDP gives best, low and
        high estimates and deaths per side and for civilians; Airwars grades each incident from confirmed to discounted.
      </p>

      <h2 id="places">Places and dates</h2>
      <p>
        Provinces use ISO 3166-2 codes; districts follow the geoBoundaries district layers (Pakistan 2019, Afghanistan
        2014). The seven former tribal agencies (ex-FATA), merged into Khyber Pakhtunkhwa in 2018, are flagged. Dates
        given relative to a report (&ldquo;late Thursday&rdquo;) are resolved to calendar dates; where the day is
        uncertain the record says so (approximate, week or month).
      </p>

      <h2 id="gaps">Known gaps</h2>
      <ul>
        <li>
          The record begins with the 2025–2026 escalation and is built from published reports; many attacks in Pakistan
          go unreported in English-language media.
        </li>
        <li>
          Casualty figures during active fighting are rarely verifiable independently; both governments&apos; figures
          are propaganda-prone.
        </li>
        <li>
          District boundaries are a few kilometres off in places; the Durand Line is drawn where the two national
          sources meet, which is not an endorsement of either position.
        </li>
      </ul>

      <h2 id="cite">How to cite</h2>
      <Suspense fallback={<SectionSkeleton label="Loading the latest data release" height="7rem" />}>
        <LatestRelease />
      </Suspense>
      <p>To cite a page or a download as you saw it: {CITATION_EXAMPLE}</p>
      <p>
        Every download and API response carries its own citation with the exact view it contains. A CSV file starts with
        its header row, so spreadsheets, pandas and R open it as it is; its citation and licence travel in the HTTP
        headers (<code>Link: &lt;address&gt;; rel=&quot;cite-as&quot;</code> and <code>rel=&quot;license&quot;</code>,
        with a dated file name). A JSON response has them in its <code>meta</code> (<code>citation</code>,{" "}
        <code>licence</code>, <code>filters</code>, <code>total</code>). To keep them inside a CSV file, add{" "}
        <code>&amp;meta=comments</code> to the download address: the citation, licence, filters and row count then come
        first, as lines starting with <code>#</code>. The API describes itself, its columns and its conventions at{" "}
        <a href="/api/v1">/api/v1</a>.
      </p>

      <h2 id="corrections">Corrections</h2>
      <p>
        Edits are audited (who, when, before and after). When a published figure or record changes, the record shows a
        dated correction note. To report an error, write to the editors with the address of the record and the source
        that shows the error.
      </p>

      <h2 id="licence">Licence</h2>
      <p>
        The compilation is published under CC BY 4.0. Each figure remains the claim of the party named, and quotes
        belong to their publishers. Boundaries: geoBoundaries (www.geoboundaries.org), CC BY 4.0.
      </p>
    </article>
  );
}
