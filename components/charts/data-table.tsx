/** The table behind every chart: for screen readers, for copying, and for anyone who prefers numbers. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: (string | number)[][] }) {
  return (
    <table>
      <caption className="sr-only">{caption}</caption>
      <thead><tr>{columns.map((c, i) => <th key={c} scope="col" className={i > 0 ? "num" : undefined}>{c}</th>)}</tr></thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>{r.map((v, j) => j === 0 ? <th key={j} scope="row">{v}</th> : <td key={j} className="num">{v}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
