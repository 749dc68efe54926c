// A schematic map in SVG, drawn from the same view model as the Pixi scene: the stand-in while
// the scene loads or where WebGL is missing. Theatres sit where they are on the globe (roughly);
// capitals are joined by the alliance links in play.
import type { ActorId, TheatreId } from '../../game';
import type { MapViewModel } from '../../render';
import { theatreStatus } from '../selectors/table';
import type { MapHandlers } from './MapPanel';

// Equirectangular, 90°E–185°E and 50°N–40°S, into a 600 × 470 box.
const K = 600 / 95;
const at = (lon: number, lat: number) => ({ x: (lon - 90) * K, y: (50 - lat) * K * 0.82 });

// Nudged apart from their true centres so that the labels do not collide.
const THEATRE_AT: Record<TheatreId, { x: number; y: number }> = {
  KOR: at(133, 41),
  ECS: at(131, 28),
  TWN: at(115, 23),
  SCS: at(113, 10),
  WPAC: at(150, 15),
  SEA: at(99, 5),
  OCE: at(140, -23),
};

const CAPITAL_AT: Partial<Record<ActorId, { x: number; y: number }>> = {
  CN: at(116.4, 39.9),
  JP: at(139.7, 35.7),
  KR: at(127, 37.6),
  KP: at(125.7, 39.6),
  TW: at(121.5, 25),
  PH: at(121, 14.6),
  TH: at(100.5, 13.7),
  AU: at(149.1, -35.3),
  US: at(180, 30),
  UK: at(92, 45),
  IN: at(92, 26),
  RU: at(104, 46),
};

const STATUS_ICON = { holds: '✓', contested: '≈', strained: '▼', 'crisis-risk': '✖' } as const;

export function SchematicMap({ model, onTheatreClick, onActorClick, onHover }: { model: MapViewModel } & MapHandlers) {
  const lit = new Set(model.highlight);
  const pairs = model.links.flatMap((l) => {
    const [hub, ...rest] = l.members.includes('US') ? ['US' as ActorId, ...l.members.filter((m) => m !== 'US')] : l.members;
    return rest.map((m) => ({ link: l, a: hub as ActorId, b: m }));
  });
  return (
    <svg
      className="schematic"
      viewBox="0 0 600 470"
      role="img"
      aria-label="Schematic map of the Indo-Pacific: theatres, capitals and alliance links"
    >
      <rect x="0" y="0" width="600" height="470" className="sea" />
      <g className="links">
        {pairs.map(({ link, a, b }, i) => {
          const p = CAPITAL_AT[a];
          const q = CAPITAL_AT[b];
          if (!p || !q) return null;
          const faded = link.suspended || (model.withoutAmerica && link.members.includes('US'));
          const mx = (p.x + q.x) / 2;
          const my = (p.y + q.y) / 2 - 18;
          return (
            <path
              key={`${link.id}-${i}`}
              d={`M${p.x},${p.y} Q${mx},${my} ${q.x},${q.y}`}
              className={`link link-${link.kind} ${faded ? 'faded' : ''} ${lit.has(link.id) ? 'lit' : ''}`}
              strokeWidth={1 + link.level * 0.8}
            />
          );
        })}
      </g>
      <g className="capitals">
        {model.actors.map((a) => {
          const p = CAPITAL_AT[a.id];
          if (!p) return null;
          const faded = model.withoutAmerica && a.id === 'US';
          return (
            <g
              key={a.id}
              transform={`translate(${p.x},${p.y})`}
              className={`capital ${a.selectable ? 'selectable' : ''} ${lit.has(a.id) ? 'lit' : ''} ${faded ? 'faded' : ''}`}
              onClick={() => onActorClick(a.id)}
              onMouseEnter={() => onHover(a.id)}
              onMouseLeave={() => onHover(null)}
            >
              <rect x="-13" y="-8" width="26" height="16" rx="3" fill={a.colour} className={a.aligned ? '' : 'hedging'} />
              <text y="4" textAnchor="middle" className="capital-code">{a.id}</text>
            </g>
          );
        })}
      </g>
      <g className="theatres">
        {model.theatres.map((t) => {
          const p = THEATRE_AT[t.id];
          const status = theatreStatus(t.deterrence, t.pressure);
          return (
            <g
              key={t.id}
              transform={`translate(${p.x},${p.y})`}
              className={`theatre status-${status} ${t.selectable ? 'selectable' : ''} ${t.crisis ? 'crisis' : ''} ${lit.has(t.id) ? 'lit' : ''}`}
              onClick={() => onTheatreClick(t.id)}
              onMouseEnter={() => onHover(t.id)}
              onMouseLeave={() => onHover(null)}
            >
              <circle r="27" className="theatre-disc" />
              <text y="-9" textAnchor="middle" className="theatre-icon">{t.crisis ? '✸' : STATUS_ICON[status]}</text>
              <text y="5" textAnchor="middle" className="theatre-nums">{t.pressure} : {t.deterrence.toFixed(1)}</text>
              <text y="42" textAnchor="middle" className="theatre-label">{t.name}</text>
            </g>
          );
        })}
      </g>
      <g className="offmap" transform="translate(455,395)">
        <rect width="140" height="68" rx="6" />
        <text x="8" y="16" className="offmap-title">Washington</text>
        <text x="8" y="32">{model.washington.administration === 'undecided' ? `election ${model.washington.election > 0 ? '+' : ''}${model.washington.election}` : model.washington.administration === 'americaFirst' ? 'America First' : 'Continuity'}</text>
        <text x="8" y="47">reliability {model.washington.reliability}</text>
        <text x="8" y="62">Europe: Ukraine {model.europe.ukraine}</text>
      </g>
    </svg>
  );
}
