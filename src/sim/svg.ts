// Hand-written SVG charts for the balance report: horizontal bars with 95% intervals, a
// shaded target band and reference lines. Plain strings, no dependencies.

export interface Bar {
  label: string;
  value: number;
  lo?: number;
  hi?: number;
  colour: string;
}

export interface BarChart {
  title: string;
  bars: Bar[];
  /** the axis runs from min to max; values are shown as percentages of 1 */
  min: number;
  max: number;
  /** a shaded range, e.g. the target */
  band?: { from: number; to: number; label: string };
  /** vertical reference lines */
  lines?: { at: number; label: string }[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pct = (x: number) => `${Math.round(100 * x)}%`;

const LABEL_W = 190;
const PLOT_W = 420;
const ROW_H = 18;
const TOP = 44;

export function barChart(c: BarChart): string {
  const height = TOP + c.bars.length * ROW_H + 36;
  const x = (v: number) => LABEL_W + ((Math.min(c.max, Math.max(c.min, v)) - c.min) / (c.max - c.min)) * PLOT_W;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${LABEL_W + PLOT_W + 70}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="8" y="18" font-size="13" font-weight="bold">${esc(c.title)}</text>`,
  ];
  const bottom = TOP + c.bars.length * ROW_H;
  if (c.band) {
    parts.push(`<rect x="${x(c.band.from)}" y="${TOP - 6}" width="${x(c.band.to) - x(c.band.from)}" height="${bottom - TOP + 6}" fill="#dff0d8"/>`);
    parts.push(`<text x="${x(c.band.from) + 2}" y="${TOP - 9}" fill="#3c763d">${esc(c.band.label)}</text>`);
  }
  for (let i = 0; i <= 4; i++) {
    const v = c.min + ((c.max - c.min) * i) / 4;
    parts.push(`<line x1="${x(v)}" y1="${TOP - 6}" x2="${x(v)}" y2="${bottom}" stroke="#ddd"/>`);
    parts.push(`<text x="${x(v)}" y="${bottom + 14}" text-anchor="middle" fill="#555">${pct(v)}</text>`);
  }
  for (const l of c.lines ?? []) {
    parts.push(`<line x1="${x(l.at)}" y1="${TOP - 6}" x2="${x(l.at)}" y2="${bottom}" stroke="#a94442" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${x(l.at)}" y="${bottom + 28}" text-anchor="middle" fill="#a94442">${esc(l.label)}</text>`);
  }
  c.bars.forEach((b, i) => {
    const y = TOP + i * ROW_H;
    const zero = x(Math.max(c.min, Math.min(c.max, 0)));
    const end = x(b.value);
    parts.push(`<text x="${LABEL_W - 6}" y="${y + 12}" text-anchor="end">${esc(b.label)}</text>`);
    parts.push(`<rect x="${Math.min(zero, end)}" y="${y + 3}" width="${Math.max(1, Math.abs(end - zero))}" height="${ROW_H - 6}" fill="${b.colour}"/>`);
    if (b.lo !== undefined && b.hi !== undefined) {
      parts.push(`<line x1="${x(b.lo)}" y1="${y + ROW_H / 2}" x2="${x(b.hi)}" y2="${y + ROW_H / 2}" stroke="#222"/>`);
      parts.push(`<line x1="${x(b.lo)}" y1="${y + 5}" x2="${x(b.lo)}" y2="${y + ROW_H - 5}" stroke="#222"/>`);
      parts.push(`<line x1="${x(b.hi)}" y1="${y + 5}" x2="${x(b.hi)}" y2="${y + ROW_H - 5}" stroke="#222"/>`);
    }
    parts.push(`<text x="${LABEL_W + PLOT_W + 6}" y="${y + 12}" fill="#333">${(100 * b.value).toFixed(1)}%</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
