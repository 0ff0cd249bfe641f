// A chart as a file that stands on its own: the figure's SVG copied with every colour and font the
// site's stylesheets gave it written onto the marks (a file has no tokens.css or globals.css),
// framed by its title, its legend and the source line, and the same drawn onto a canvas at 2× for
// a PNG. Runs in the browser only, loaded on the first download click (chart-downloads.tsx).
import { sourceLine, wrapWords } from "./chart-file-text";

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 16;
const TITLE_SIZE = 16;
const LEGEND_SIZE = 12;
const SOURCE_SIZE = 11;
const LINE_HEIGHT = 1.3;
// Average glyph width per em of a sans-serif, regular and bold: text is wrapped without measuring it.
const CHAR_WIDTH = 0.56;
const BOLD_CHAR_WIDTH = 0.62;
const MIN_CHART_WIDTH = 360;

// What the stylesheets set on chart marks and text, written out as plain values (rgb(), px).
// Inherited ones are written only where they change, so the file stays a fraction of the page's
// size; the others only where they differ from their initial value.
const INHERITED = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "marker-start",
  "marker-mid",
  "marker-end",
  "visibility",
];
const NOT_INHERITED: [string, string][] = [
  ["opacity", "1"],
  ["clip-path", "none"],
  ["mask", "none"],
];

export type ChartFile = { text: string; width: number; height: number };

const svgElement = (name: string, attributes: Record<string, string | number> = {}) => {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
};

/** Write each element's computed paint and type onto its copy; classes mean nothing in a file. */
function inlineStyles(source: Element, copy: Element) {
  const sources = [source, ...source.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  sources.forEach((element, index) => {
    const target = copies[index];
    if (!target || element.localName === "title" || element.localName === "desc") return;
    const computed = getComputedStyle(element);
    const parent = element === source || !element.parentElement ? null : getComputedStyle(element.parentElement);
    const declarations = [
      ...INHERITED.filter(
        (property) => !parent || computed.getPropertyValue(property) !== parent.getPropertyValue(property),
      ),
      ...NOT_INHERITED.filter(([property, initial]) => computed.getPropertyValue(property) !== initial).map(
        ([property]) => property,
      ),
    ]
      .map((property) => `${property}:${computed.getPropertyValue(property)}`)
      .filter((declaration) => !declaration.endsWith(":"));
    if (computed.display === "none") declarations.push("display:none");
    if (declarations.length) target.setAttribute("style", declarations.join(";"));
    else target.removeAttribute("style");
    target.removeAttribute("class");
  });
}

/** Patterns, markers or clips the chart borrows from elsewhere on the page, copied in. */
function copyBorrowedDefinitions(copy: Element) {
  const ids = new Set<string>();
  for (const element of [copy, ...copy.querySelectorAll("*")]) {
    for (const match of (element.getAttribute("style") ?? "").matchAll(/url\(\s*["']?#([^"')\s]+)/g))
      ids.add(match[1]!);
    const href = element.getAttribute("href") ?? element.getAttributeNS("http://www.w3.org/1999/xlink", "href");
    if (element.localName === "use" && href?.startsWith("#")) ids.add(href.slice(1));
  }
  const definitions = svgElement("defs");
  for (const id of ids) {
    const original = document.getElementById(id);
    if (!original || copy.querySelector(`#${CSS.escape(id)}`)) continue;
    const borrowed = original.cloneNode(true) as Element;
    inlineStyles(original, borrowed);
    definitions.append(borrowed);
  }
  if (definitions.childNodes.length) copy.prepend(definitions);
}

/** A block of wrapped text; each line a <tspan>, so the <text> holds the whole line of words. */
function textBlock(text: string, top: number, width: number, size: number, style: string, charWidth = CHAR_WIDTH) {
  const lines = wrapWords(text, (width - 2 * PAD) / (size * charWidth));
  const element = svgElement("text", { x: PAD, y: top + size, style: `font-size:${size}px;${style}` });
  lines.forEach((line, index) => {
    const span = svgElement("tspan", { x: PAD, dy: index === 0 ? 0 : size * LINE_HEIGHT });
    span.textContent = line;
    element.append(span);
  });
  return { element, height: lines.length * size * LINE_HEIGHT };
}

/** The legend the page draws in HTML beside the chart (a list of swatches), drawn as SVG: inside
 *  the chart body (ChartFigure), or a list marked data-chart-legend whose icons are small SVGs
 *  (the mediation timeline, whose legend sits outside its body). */
function legendBlock(figure: HTMLElement, top: number, width: number, style: string) {
  const group = svgElement("g");
  let [left, row] = [PAD, 0];
  for (const item of figure.querySelectorAll(".chart-body li, [data-chart-legend] li")) {
    const swatch = item.querySelector(".swatch, [data-chart-legend] svg");
    if (!swatch) continue;
    const label = (item.textContent ?? "").replace(/\s+/g, " ").trim();
    const itemWidth = LEGEND_SIZE + 6 + label.length * LEGEND_SIZE * CHAR_WIDTH + 16;
    if (left > PAD && left + itemWidth > width - PAD) [left, row] = [PAD, row + 1];
    const y = top + row * LEGEND_SIZE * 1.6;
    const mark = swatch instanceof SVGSVGElement ? swatch : swatch.querySelector("svg");
    if (mark) {
      const copy = mark.cloneNode(true) as Element;
      inlineStyles(mark, copy);
      for (const [key, value] of Object.entries({ x: left, y, width: LEGEND_SIZE, height: LEGEND_SIZE }))
        copy.setAttribute(key, String(value));
      group.append(copy);
    } else {
      const swatchStyle = getComputedStyle(swatch);
      group.append(
        svgElement("rect", {
          x: left,
          y,
          width: LEGEND_SIZE,
          height: LEGEND_SIZE,
          style: `fill:${swatchStyle.backgroundColor};stroke:${swatchStyle.borderTopColor};stroke-width:${parseFloat(swatchStyle.borderTopWidth) || 0}`,
        }),
      );
    }
    const text = svgElement("text", { x: left + LEGEND_SIZE + 6, y: y + LEGEND_SIZE - 2 });
    text.setAttribute("style", `font-size:${LEGEND_SIZE}px;${style}`);
    text.textContent = label;
    group.append(text);
    left += itemWidth;
  }
  return { element: group, height: group.childNodes.length ? (row + 1) * LEGEND_SIZE * 1.6 : 0 };
}

/** The page's background behind the figure (white if every ancestor is transparent). */
function backgroundOf(element: HTMLElement | null): string {
  for (let node = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== "transparent" && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return "#ffffff";
}

/** The figure's chart as a standalone SVG file, or null when its body holds no SVG. */
export function chartSvgFile(
  figure: HTMLElement,
  asOf: string | null,
  pageUrl: string,
  today: string,
): ChartFile | null {
  const charts = [...figure.querySelectorAll<SVGSVGElement>(".chart-body svg")].filter(
    (svg) => !svg.parentElement?.closest(".chart-body svg") && !svg.closest(".swatch"),
  );
  // A page may draw one chart per screen size and hide the others: take the one shown.
  const chart = charts.find((svg) => svg.getClientRects().length > 0) ?? charts[0];
  if (!chart) return null;
  const box = chart.getAttribute("viewBox") ? chart.viewBox.baseVal : null;
  const shown = chart.getBoundingClientRect();
  const chartWidth = box?.width || shown.width || MIN_CHART_WIDTH;
  const chartHeight = box?.height || shown.height || MIN_CHART_WIDTH / 2;
  const width = Math.ceil(Math.max(chartWidth, MIN_CHART_WIDTH) + 2 * PAD);

  const heading = figure.querySelector("h3, figcaption") ?? figure;
  const title = (heading.textContent ?? "").replace(/\s+/g, " ").trim();
  const headingStyle = getComputedStyle(heading);
  const fontFamily = `font-family:${headingStyle.fontFamily}`;
  const ink = `fill:${headingStyle.color};${fontFamily}`;
  const mutedInk = `fill:${getComputedStyle(figure.querySelector("p.muted") ?? heading).color};${fontFamily}`;
  const source = sourceLine(pageUrl, asOf, today);

  const root = svgElement("svg", { version: "1.1" });
  const titleElement = svgElement("title");
  titleElement.textContent = title;
  const description = svgElement("desc");
  description.textContent = source;
  const background = svgElement("rect", { x: 0, y: 0, width: "100%", height: "100%" });
  background.setAttribute("style", `fill:${backgroundOf(figure)}`);
  root.append(titleElement, description, background);

  let top = PAD;
  const titleBlock = textBlock(title, top, width, TITLE_SIZE, `font-weight:600;${ink}`, BOLD_CHAR_WIDTH);
  root.append(titleBlock.element);
  top += titleBlock.height + 6;
  const legend = legendBlock(figure, top, width, ink);
  if (legend.height) {
    legend.element.setAttribute("data-part", "legend");
    root.append(legend.element);
    top += legend.height + 6;
  }

  const copy = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, copy);
  copyBorrowedDefinitions(copy);
  for (const attribute of ["aria-hidden", "role", "focusable", "tabindex"]) copy.removeAttribute(attribute);
  // Marks that are links (the mediation timeline's steps) point at the site, not at the file's folder.
  for (const link of copy.querySelectorAll("a[href]"))
    link.setAttribute("href", new URL(link.getAttribute("href")!, pageUrl).href);
  // Named for scripts that take the file apart: "chart" is the page's drawing, "legend" its key.
  copy.setAttribute("data-part", "chart");
  copy.setAttribute(
    "viewBox",
    box ? `${box.x} ${box.y} ${box.width} ${box.height}` : `0 0 ${chartWidth} ${chartHeight}`,
  );
  for (const [key, value] of Object.entries({ x: PAD, y: top, width: chartWidth, height: chartHeight }))
    copy.setAttribute(key, String(value));
  root.append(copy);
  top += chartHeight + 8;

  const sourceBlock = textBlock(source, top, width, SOURCE_SIZE, mutedInk);
  root.append(sourceBlock.element);
  const height = Math.ceil(top + sourceBlock.height + PAD);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width, height };
}

/** The SVG file drawn onto a canvas at twice its size, as PNG. */
export async function pngOf(file: ChartFile): Promise<Blob> {
  const image = new Image();
  await new Promise((resolve, reject) => {
    image.onload = resolve;
    image.onerror = () => reject(new Error("The chart's SVG did not load as an image"));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file.text)}`;
  });
  const canvas = document.createElement("canvas");
  canvas.width = file.width * 2;
  canvas.height = file.height * 2;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No canvas to draw the PNG on");
  context.scale(2, 2);
  context.drawImage(image, 0, 0, file.width, file.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made"))), "image/png"),
  );
}
