// The log as the table shows it: the text of each entry comes from describe() (the same story
// the terminal prints), cut into tokens so that card, actor and theatre names become links that
// highlight on the map. Effect entries (tracks moving) become small detail lines under the
// entry that caused them.
import { RULES, fullLog, type LogEntry, type PlayerView } from '../../game';
import { describe } from '../../sim/story';
import {
  BUDGET_LABELS, REASON_PHRASES, RESULT_REASONS, SWEETENER_NAMES, actorName, cardById, levelName, percentOfGdp, theTheatre, thousands,
} from './names';

export type LogToken = { text: string; ref?: string };

export interface LogItem {
  seq: number;
  round: number;
  kind: 'round' | 'entry' | 'end';
  text: string;
  tokens: LogToken[];
  /** ids this entry is about (for highlighting on the map) */
  refs: string[];
  /** what moved because of it */
  details: string[];
}

/** The ids an entry is about, in the order it names them. */
export function refsOf(e: LogEntry): string[] {
  const ids: (string | undefined)[] = (() => {
    switch (e.type) {
      case 'headline':
      case 'regional': return [e.card];
      case 'ukraineSignal': return [e.theatre];
      case 'pass': return [e.actor];
      case 'play': return [e.actor, e.card, e.target];
      case 'opponentEvent': return [e.actor, e.card];
      case 'effect': return [e.actor, e.theatre, e.alliance];
      case 'proposal': return [e.proposer, e.alliance];
      case 'answer': return [e.actor, e.alliance];
      case 'allianceResult': return [e.alliance];
      case 'crisis': return [e.theatre, ...e.eligible];
      case 'crisisResult': return [e.theatre];
      case 'treatyCall': return [e.actor, e.theatre];
      case 'budget':
      case 'government': return [e.actor];
      default: return [];
    }
  })();
  return [...new Set(ids.filter((x): x is string => !!x && x !== '-'))];
}

/** How describe() writes an id (story.ts: a card is "Name (ID)", others by name). */
function writtenAs(id: string): string {
  const card = cardById(id);
  if (card) return `${card.name} (${id})`;
  return RULES.actors[id]?.name ?? RULES.theatres[id]?.name ?? id;
}

/** Cuts a text into plain and linked tokens at the written names of `refs`. */
export function tokenise(text: string, refs: readonly string[]): LogToken[] {
  const hits: { at: number; len: number; ref: string }[] = [];
  for (const ref of refs) {
    const written = writtenAs(ref);
    let from = 0;
    for (;;) {
      const at = text.indexOf(written, from);
      if (at < 0) break;
      if (!hits.some((h) => at < h.at + h.len && h.at < at + written.length)) hits.push({ at, len: written.length, ref });
      from = at + written.length;
    }
  }
  hits.sort((a, b) => a.at - b.at);
  const tokens: LogToken[] = [];
  let pos = 0;
  for (const h of hits) {
    if (h.at > pos) tokens.push({ text: text.slice(pos, h.at) });
    tokens.push({ text: text.slice(h.at, h.at + h.len), ref: h.ref });
    pos = h.at + h.len;
  }
  if (pos < text.length) tokens.push({ text: text.slice(pos) });
  return tokens;
}

const GLOBAL_NAMES: Record<string, string> = {
  order: 'Regional order',
  election: 'Election track',
  reliability: 'Hub reliability',
  ukraine: 'Ukraine signal',
  troops: 'US troops in Korea',
  taiwanDefence: 'Taiwan’s defence',
};

const ACTOR_TRACK_NAMES: Record<string, string> = {
  defence: 'defence',
  opinion: 'opinion',
  economy: 'economy',
  chinaTrade: 'China trade',
  credibility: 'credibility',
  insurance: 'insurance',
  nip: 'national-interest points',
};

const FLAG_NAMES: Record<string, string> = {
  nuclear: 'has its own nuclear deterrent',
  fiveEyes: 'joins the Five Eyes',
  infoSecurity: 'passes an information-security law',
  subsRefused: 'is refused its submarines',
};

const signed = (from: number, to: number) => `${from} → ${to}`;

/** A line for an effect entry: "Tension in the Taiwan Strait 5 → 6". */
export function effectText(e: Extract<LogEntry, { type: 'effect' }>): string {
  const who = e.actor ? actorName(e.actor) : '';
  switch (e.what) {
    case 'tension': return `Tension in ${theTheatre(e.theatre ?? '')} ${signed(e.from, e.to)}`;
    case 'forces': return `${who} forces in ${theTheatre(e.theatre ?? '')} ${signed(e.from, e.to)}`;
    case 'alliance': return `${RULES.alliances[e.alliance ?? '']?.name ?? e.alliance} level ${e.from} → ${e.to} (${levelName(e.to)})`;
    case 'suspended': return `${RULES.alliances[e.alliance ?? '']?.name ?? e.alliance} suspended for ${e.to} ${e.to === 1 ? 'round' : 'rounds'}`;
    case 'defence': return `${who} defence ${percentOfGdp(e.from).replace(' of GDP', '')} → ${percentOfGdp(e.to)}`;
    case 'troops': return `${GLOBAL_NAMES.troops} ${thousands(e.from)} → ${thousands(e.to)}`;
    case 'taiwanDefence': return `${GLOBAL_NAMES.taiwanDefence} ${percentOfGdp(e.from).replace(' of GDP', '')} → ${percentOfGdp(e.to)}`;
    default:
      if (e.what in FLAG_NAMES) return `${who} ${e.to ? FLAG_NAMES[e.what] : `no longer ${FLAG_NAMES[e.what]}`}`;
      if (e.what in GLOBAL_NAMES) return `${GLOBAL_NAMES[e.what]} ${signed(e.from, e.to)}`;
      return `${who} ${ACTOR_TRACK_NAMES[e.what] ?? e.what} ${signed(e.from, e.to)}`.trim();
  }
}

const seatCodesToNames = (text: string) => text.replace(/\b(US|CN|JP|KR|AU|PH)\b/g, (code) => actorName(code));

/** describe()'s text, with the engine's codes in words. */
function polish(e: LogEntry, text: string): string {
  const t = text.replace(/^\n+/, '').trim();
  switch (e.type) {
    case 'round': return `Round ${e.round}: ${e.date}`;
    case 'end':
      return seatCodesToNames(t.replace(/^GAME OVER: /, 'Game over: ').replace(` (${e.result.reason})`, ''))
        .replace(/\.$/, '') + `. ${RESULT_REASONS[e.result.reason] ?? ''}`.trimEnd();
    case 'crisisResult': return seatCodesToNames(t);
    case 'proposal': return t.replace(`(sweetener: ${e.sweetener})`, `(${SWEETENER_NAMES[e.sweetener]})`);
    case 'answer': {
      const phrase = REASON_PHRASES[e.reason][e.accept ? 'accept' : 'refuse'];
      const alliance = RULES.alliances[e.alliance] ? `${writtenAs(e.alliance)}: ` : '';
      return t.replace(`(${e.reason}).`, `${alliance}${phrase}.`);
    }
    case 'budget': return `${actorName(e.actor)} home front: ${BUDGET_LABELS[e.choice].toLowerCase()}.`;
    case 'play': return e.op ? t.replace(`operations: ${e.op}`, `operations (${e.op})`) : t;
    case 'treatyCall': return t.replace(/\.$/, ` in ${theTheatre(e.theatre)}.`);
    default: return t;
  }
}

/** The story the viewer may read, oldest first, with effects folded under their cause. */
export function logItems(view: Pick<PlayerView, 'log' | 'history'>): LogItem[] {
  const items: LogItem[] = [];
  for (const e of fullLog(view)) {
    if (e.type === 'effect') {
      const last = items[items.length - 1];
      if (last) {
        last.details.push(effectText(e));
        for (const r of refsOf(e)) if (!last.refs.includes(r)) last.refs.push(r);
      }
      continue;
    }
    const raw = describe(e);
    if (raw === null) continue;
    const text = polish(e, raw);
    const refs = refsOf(e);
    items.push({
      seq: e.seq,
      round: e.round,
      kind: e.type === 'round' ? 'round' : e.type === 'end' ? 'end' : 'entry',
      text,
      tokens: tokenise(text, refs),
      refs,
      details: [],
    });
  }
  return items;
}
