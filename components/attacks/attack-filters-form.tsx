import Link from "next/link";
import { INCIDENT_TYPE_LABELS, TARGET_TYPE_LABELS } from "@/lib/vocabulary";
import type { AttackView } from "@/lib/incidents/search-params";

type Options = {
  provinces: { id: string; name: string }[];
  districts: { id: string; name: string; parentId: string | null; exFata: boolean }[];
  perpetrators: { id: string; name: string }[];
};

/** A plain GET form: filters live in the URL, so every view can be shared, bookmarked and
 *  reloaded, and the form works before (and without) JavaScript. */
export function AttackFiltersForm({ view, options }: { view: AttackView; options: Options }) {
  const filters = view.filters;
  return (
    <form className="filters" method="get" action="/attacks" aria-label="Filter attacks">
      <label>
        From <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label>
        To <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      <label>
        Province
        <select name="province" defaultValue={filters.province ?? ""}>
          <option value="">All provinces</option>
          {options.provinces.map((province) => (
            <option key={province.id} value={province.id}>
              {province.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        District
        <select name="district" defaultValue={filters.district ?? ""}>
          <option value="">All districts</option>
          {options.districts.map((district) => (
            <option key={district.id} value={district.id}>
              {district.name}
              {district.exFata ? " (ex-FATA)" : ""}
            </option>
          ))}
        </select>
      </label>
      <label>
        Perpetrator
        <select name="perpetrator" defaultValue={filters.perpetrator ?? ""}>
          <option value="">Any</option>
          {options.perpetrators.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Attack type
        <select name="type" defaultValue={filters.type ?? ""}>
          <option value="">Any</option>
          {Object.entries(INCIDENT_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Target
        <select name="target" defaultValue={filters.target ?? ""}>
          <option value="">Any</option>
          {Object.entries(TARGET_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Time series by
        <select name="by" defaultValue={view.granularity}>
          <option value="month">Month</option>
          <option value="week">Week</option>
        </select>
      </label>
      <label>
        Stack by
        <select name="stack" defaultValue={view.stackBy}>
          <option value="type">Attack type</option>
          <option value="perpetrator">Perpetrator</option>
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href="/attacks">Clear</Link>
      </div>
    </form>
  );
}
