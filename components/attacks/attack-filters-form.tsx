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
  const f = view.filters;
  return (
    <form className="filters" method="get" action="/attacks" aria-label="Filter attacks">
      <label>From <input type="date" name="from" defaultValue={f.from ?? ""} /></label>
      <label>To <input type="date" name="to" defaultValue={f.to ?? ""} /></label>
      <label>Province
        <select name="province" defaultValue={f.province ?? ""}>
          <option value="">All provinces</option>
          {options.provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label>District
        <select name="district" defaultValue={f.district ?? ""}>
          <option value="">All districts</option>
          {options.districts.map((d) => <option key={d.id} value={d.id}>{d.name}{d.exFata ? " (ex-FATA)" : ""}</option>)}
        </select>
      </label>
      <label>Perpetrator
        <select name="perpetrator" defaultValue={f.perpetrator ?? ""}>
          <option value="">Any</option>
          {options.perpetrators.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label>Attack type
        <select name="type" defaultValue={f.type ?? ""}>
          <option value="">Any</option>
          {Object.entries(INCIDENT_TYPE_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </label>
      <label>Target
        <select name="target" defaultValue={f.target ?? ""}>
          <option value="">Any</option>
          {Object.entries(TARGET_TYPE_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </label>
      <label>Time series by
        <select name="by" defaultValue={view.granularity}>
          <option value="month">Month</option>
          <option value="week">Week</option>
        </select>
      </label>
      <label>Stack by
        <select name="stack" defaultValue={view.stackBy}>
          <option value="type">Attack type</option>
          <option value="perpetrator">Perpetrator</option>
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <a href="/attacks">Clear</a>
      </div>
    </form>
  );
}
