// Small pieces used all over the table. Colour never carries meaning alone: an actor's chip shows
// its code, a side shows its icon and its name.
import type { ReactNode } from 'react';
import { RULES } from '../../game';
import { SIDE_ICONS, actorColour } from '../selectors/palette';

/** Black or white text, whichever contrasts more with the swatch (WCAG relative luminance). */
export function inkFor(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.05 ? '#fff' : '#111';
}

export function ActorChip({ id, title }: { id: string; title?: boolean }) {
  const colour = actorColour(id);
  return (
    <span className="chip" style={{ background: colour, color: inkFor(colour) }} {...(title ? { title: RULES.actors[id]?.name ?? id } : {})}>
      {id}
    </span>
  );
}

export function SideMark({ side, withText = true }: { side: 'network' | 'china' | 'neutral' | 'national'; withText?: boolean }) {
  const icon = side === 'national' ? '★' : SIDE_ICONS[side];
  const text = side === 'china' ? 'China' : side;
  return (
    <span className={`side-mark side-${side}`}>
      <span aria-hidden="true">{icon}</span>
      {withText ? <> {text}</> : <span className="sr-only">{text}</span>}
    </span>
  );
}

/** A value on a 0..max scale, drawn as pips, with the number beside it. */
export function Pips({ value, max, label, mark }: { value: number; max: number; label: string; mark?: number }) {
  return (
    <span className="pips" role="img" aria-label={`${label}: ${value} of ${max}`}>
      {Array.from({ length: max }, (_, i) => (
        <span key={i} className={`pip ${i < value ? 'on' : ''} ${mark !== undefined && i === mark - 1 ? 'mark' : ''}`} />
      ))}
    </span>
  );
}

/** A tug-of-war track from −range to +range with a marker. */
export function TugTrack({ value, range, left, right, label }: { value: number; range: number; left: string; right: string; label: string }) {
  const pct = ((value + range) / (2 * range)) * 100;
  return (
    <div className="tug" role="img" aria-label={`${label}: ${value > 0 ? '+' : ''}${value} (from −${range}, ${left}, to +${range}, ${right})`}>
      <div className="tug-bar">
        <span className="tug-centre" />
        <span className="tug-marker" style={{ left: `${pct}%` }}>{value > 0 ? `+${value}` : value}</span>
      </div>
      <div className="tug-ends" aria-hidden="true">
        <span>◀ {left}</span>
        <span>{right} ▶</span>
      </div>
    </div>
  );
}

export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}

export const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);
