// Words for the period counts' codes, in the project's own voice. A counter's own term for what it
// counts ("terrorist attacks") is shown separately, in quotation marks, as its word.

export const COUNT_METRIC_LABELS: Record<string, string> = {
  ATTACKS: "attacks",
  SUICIDE_ATTACKS: "suicide attacks",
  INCIDENTS: "incidents of violence",
  KILLED: "killed",
  INJURED: "injured",
  CASUALTIES: "casualties (killed and injured)",
};

export const COUNT_VIOLENCE_LABELS: Record<string, string> = {
  MILITANT_ATTACKS: "in militant attacks",
  SECURITY_OPERATIONS: "in security operations",
  ATTACKS_AND_OPERATIONS: "in attacks and security operations together",
  ALL_CONFLICT: "in all conflict-related violence",
  CROSS_BORDER: "in the cross-border fighting",
};

export const COUNT_GROUP_LABELS: Record<string, string> = {
  ALL: "all",
  SECURITY_FORCES: "security forces",
  CIVILIANS: "civilians",
  MILITANTS: "militants",
  PEACE_COMMITTEE: "peace committee members",
  SECURITY_FORCES_AND_CIVILIANS: "security forces and civilians",
  AFGHAN_FORCES: "Afghan forces",
  CHILDREN: "children",
  WOMEN: "women",
};

export const COUNT_REGION_LABELS: Record<string, string> = {
  PAKISTAN: "Pakistan",
  KHYBER_PAKHTUNKHWA: "Khyber Pakhtunkhwa (with its tribal districts)",
  KP_MAINLAND: "Khyber Pakhtunkhwa, settled districts",
  KP_TRIBAL: "Tribal districts (former FATA)",
  BALOCHISTAN: "Balochistan",
  SINDH: "Sindh",
  PUNJAB: "Punjab",
  AFGHANISTAN: "Afghanistan",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-01" → "Jan 2025". */
export const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** A count's period as a reader says it: "Jan 2025", "Q1 2025", "H1 2025", "2025", "2025-10-10 to 2025-10-15". */
export function periodLabel(figure: {
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  periodApproximate?: boolean;
}) {
  const year = figure.periodStart.slice(0, 4);
  const approximately = figure.periodApproximate ? "about " : "";
  switch (figure.periodKind) {
    case "MONTH":
      return monthLabel(figure.periodStart.slice(0, 7));
    case "QUARTER":
      return `Q${Math.floor((Number(figure.periodStart.slice(5, 7)) - 1) / 3) + 1} ${year}`;
    case "HALF_YEAR":
      return `H${figure.periodStart.slice(5, 7) === "01" ? 1 : 2} ${year}`;
    case "YEAR":
      return year;
    default:
      return figure.periodStart === figure.periodEnd
        ? figure.periodStart
        : `${figure.periodStart} to ${approximately}${figure.periodEnd}`;
  }
}
