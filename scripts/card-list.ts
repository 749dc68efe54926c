// npm run cards — writes docs/cards.md, the printable list of every card, generated from the
// rules data (rules/**/*.json) so it can never disagree with what the engine plays. A test
// (test/content/card-list.test.ts) regenerates it in memory and fails if the file is stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES, type Rules } from '../src/game';
import type { Condition, Effect } from '../src/game/schema';

export const CARD_LIST_PATH = 'docs/cards.md';

const SIDE_NAMES: Record<string, string> = { network: 'network', china: 'China', neutral: 'neutral' };
const DECK_NAMES: Record<string, string> = {
  moshi: 'Moshi-tora ("what if Trump?")',
  hobo: 'Hobo-tora ("probably Trump")',
  mo: 'Mō-tora ("already Trump")',
  continuity: 'Continuity',
};
const DECK_WHEN: Record<string, string> = {
  moshi: 'live before the election while America First does not lead',
  hobo: 'live before the election while America First leads',
  mo: 'live after an America First victory',
  continuity: 'live after the other result',
};

const cell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: (string | number)[]): string => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]): string[] => [row(head), row(head.map(() => '---')), ...rows.map(row)];
const facts = (ids: string[]): string => ids.join(', ');
/** 28500 → "28,500", the same on every machine (no locale data involved). */
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const signed = (n: number): string => (n > 0 ? `+${thousands(n)}` : `−${thousands(Math.abs(n))}`);

function actorName(rules: Rules, ref: string): string {
  switch (ref) {
    case 'self': return 'the player';
    case 'target': return 'the chosen ally';
    case 'allies': return 'each ally';
    case 'network': return 'each network seat';
    default: return rules.actors[ref]?.name ?? ref;
  }
}
const theatreName = (t: string): string => (t === 'target' ? 'the chosen theatre' : t);

function bounds(c: { atLeast?: number; atMost?: number }): string {
  if (c.atLeast !== undefined && c.atMost !== undefined) return `${c.atLeast}–${c.atMost}`;
  if (c.atLeast !== undefined) return `${c.atLeast} or more`;
  return `${c.atMost} or less`;
}

/** A condition of the rules data in words. */
export function describeCondition(rules: Rules, c: Condition): string {
  switch (c.when) {
    case 'administration': return c.is === 'americaFirst' ? 'America First governs' : c.is === 'continuity' ? 'continuity governs' : 'the election is not yet decided';
    case 'global': return `${c.track} is ${bounds(c)}`;
    case 'track': return `${actorName(rules, c.actor)} ${c.track} is ${bounds(c)}`;
    case 'tension': return `tension in ${theatreName(c.theatre)} is ${bounds(c)}`;
    case 'alliance': return `${c.alliance} is at level ${bounds(c)}`;
    case 'alliancesAtLevel': return `${c.atLeast} or more alliance cards are at level ${c.level} or more`;
    case 'flag': return `${actorName(rules, c.actor)} has the ${c.flag} flag`;
    case 'aligned': return `${actorName(rules, c.actor)} is aligned with the network`;
    case 'all': return c.of.map((x) => describeCondition(rules, x)).join(' and ');
    case 'any': return `either ${c.of.map((x) => describeCondition(rules, x)).join(' or ')}`;
    case 'not': return `not (${describeCondition(rules, c.of)})`;
  }
}

/** An effect of the rules data in words. */
export function describeEffect(rules: Rules, e: Effect): string {
  switch (e.op) {
    case 'tension': return `tension in ${theatreName(e.theatre)} ${signed(e.by)}`;
    case 'global': return `${e.track} ${signed(e.by)}`;
    case 'track': return `${actorName(rules, e.actor)} ${e.track} ${signed(e.by)}${e.insurable ? ' (insurable)' : ''}`;
    case 'forces': return `${actorName(rules, e.actor)} forces ${signed(e.by)} in ${theatreName(e.theatre)}`;
    case 'alliance': return `${e.alliance} ${signed(e.by)} level`;
    case 'suspend': return `${e.alliance} suspended for ${e.rounds} round${e.rounds > 1 ? 's' : ''}`;
    case 'flag': return `${actorName(rules, e.actor)} ${e.value ? 'gains' : 'loses'} the ${e.flag} flag`;
    case 'government': return `${actorName(rules, e.actor)}'s government turns ${e.aligned ? 'back to' : 'away from'} the network`;
    case 'draw': return `${actorName(rules, e.actor)} draws ${e.count} card${e.count > 1 ? 's' : ''}`;
    case 'if': {
      const then = describeEffects(rules, e.then);
      const otherwise = e.else?.length ? `; otherwise ${describeEffects(rules, e.else)}` : '';
      return `if ${describeCondition(rules, e.cond)}: ${then}${otherwise}`;
    }
  }
}
export const describeEffects = (rules: Rules, effects: readonly Effect[]): string => effects.map((e) => describeEffect(rules, e)).join('; ');

/** The whole card list as Markdown. Deterministic: the same data always gives the same text. */
export function renderCardList(rules: Rules = RULES): string {
  const strategy = Object.values(rules.strategy);
  const national = Object.values(rules.national);
  const alliances = Object.values(rules.alliances);
  const politics = Object.values(rules.politics);
  const regional = Object.values(rules.regional);
  const agendas = Object.values(rules.agendas);
  const bySide = (side: string) => strategy.filter((c) => c.side === side).length;
  const out: string[] = [
    '# Hub & Spokes — the card list',
    '',
    '*Generated from the rules data by `npm run cards` (scripts/card-list.ts); do not edit by hand. '
      + 'Every card carries the rulebook section (§) that governs it and the facts of the source article (F01–F46) it models; '
      + 'the rulebook\'s appendix says what each fact is.*',
    '',
    '| deck | cards |',
    '| --- | --- |',
    `| [Strategy deck](#strategy-deck) | ${strategy.length} (${bySide('network')} network, ${bySide('china')} China, ${bySide('neutral')} neutral) |`,
    `| [National cards](#national-cards) | ${national.length} |`,
    `| [Alliance cards](#alliance-cards) | ${alliances.length} |`,
    ...Object.keys(DECK_NAMES).map((d) => `| [US politics: ${DECK_NAMES[d]}](#us-politics-decks) | ${politics.filter((c) => c.deck === d).length} |`),
    `| [Regional events](#regional-events) | ${regional.length} |`,
    `| [Secret agendas](#secret-agendas) | ${agendas.length} (${agendas.filter((g) => g.kind === 'standard').length} standard, ${agendas.filter((g) => g.kind === 'hedging').length} hedging) |`,
    `| [Sweeteners](#sweeteners) | ${Object.keys(rules.sweeteners).length} |`,
    `| [Scenarios](#scenarios) | ${Object.keys(rules.scenarios).length} |`,
    '',
    '## Strategy deck',
    '',
    'Shared and shuffled. A card is played for its event (your side\'s or a neutral one) or for its operations value; '
      + 'played for operations, a card whose event belongs to the other side fires that event too (§4.2). '
      + '★ marks a card that leaves the game when played for its event.',
    '',
  ];
  for (const side of ['network', 'china', 'neutral'] as const) {
    out.push(`### ${side === 'china' ? 'China' : side[0]!.toUpperCase() + side.slice(1)} events (${bySide(side)})`, '');
    out.push(...table(['id', 'card', 'ops', 'side', 'event', '§', 'facts'], strategy.filter((c) => c.side === side).map((c) => [
      `${c.id}${c.remove ? ' ★' : ''}`, c.name, c.ops,
      `${SIDE_NAMES[c.side]}${c.usDomestic ? ', US domestic' : ''}${c.target ? `, choose ${c.target === 'ally' ? 'an ally' : 'a theatre'}` : ''}`,
      `${c.text}${c.requires ? ` Event only if ${describeCondition(rules, c.requires)}.` : ''}`, c.section, facts(c.facts),
    ])), '');
  }
  out.push('## National cards', '', 'Always at hand, one a round per seat (a "once" card once a game), always played for the event (§4.12).', '');
  for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH']) {
    const mine = national.filter((c) => c.actor === seat);
    out.push(`### ${rules.actors[seat]?.name ?? seat} (${mine.length})`, '');
    out.push(...table(['id', 'card', 'use', 'effect', '§', 'facts'], mine.map((c) => [
      c.id, c.name, c.once ? 'once a game' : 'once a round',
      `${c.text}${c.requires ? ` Playable only if ${describeCondition(rules, c.requires)}.` : ''}`, c.section, facts(c.facts),
    ])), '');
  }
  out.push('## Alliance cards', '', 'Always in play at a level from 0 (not built) to its maximum; 1 talks, 2 exercises, 3 integrated (§8). '
    + 'Members that are not seats accept an upgrade on their printed conditions; every upgrade sets off China\'s reaction.', '');
  out.push(...table(['id', 'alliance', 'kind', 'members', 'start / max', 'theatres', 'needs', 'members that are not seats accept if', 'China\'s reaction to each upgrade', '§', 'facts'], alliances.map((a) => [
    a.id, a.name, a.kind, a.members.join(', '), `${a.start} / ${a.max}`, a.theatres.join(', '),
    a.requires ? describeCondition(rules, a.requires) : '—',
    Object.entries(a.conditions).map(([m, c]) => `${m}: ${describeCondition(rules, c as Condition)}`).join('; ') || '—',
    describeEffects(rules, a.chinaReaction), a.section, facts(a.facts),
  ])), '');
  for (const a of alliances) out.push(`- **${a.id} ${a.name}** — ${a.text}`);
  out.push('', '## US-politics decks', '', 'One card of the live deck is drawn at every Headlines (§3.2). Only American domestic events move the election track.', '');
  for (const deck of Object.keys(DECK_NAMES)) {
    const cards = politics.filter((c) => c.deck === deck);
    out.push(`### ${DECK_NAMES[deck]} (${cards.length}) — ${DECK_WHEN[deck]}`, '');
    out.push(...table(['id', 'card', 'effect', '§', 'facts'], cards.map((c) => [c.id, c.name, c.text, c.section, facts(c.facts)])), '');
  }
  out.push('## Regional events', '', 'One drawn at every Headlines after the politics card. A card enters the deck in its *from* round; a recurring card is shuffled back after it resolves (§3.7).', '');
  out.push(...table(['id', 'event', 'from round', 'recurring', 'effect', '§', 'facts'], regional.map((c) => [
    c.id, c.name, c.from, c.recurring ? 'yes' : 'no', c.text, c.section, facts(c.facts),
  ])), '');
  out.push('## Secret agendas', '', 'Each seat is dealt one of its standard agendas at the start; an ally whose government changes takes its hedging agenda (§2.3, §6.3).', '');
  out.push(...table(['id', 'seat', 'kind', 'agenda', 'goal', 'value', '§', 'facts'], agendas.map((g) => [
    g.id, g.actor, g.kind, g.name, g.text, g.points, g.section, facts(g.facts),
  ])), '');
  out.push('## Sweeteners', '', 'One may accompany an alliance proposal: the proposer pays once, each accepting member gains (§8.2).', '');
  out.push(...table(['id', 'sweetener', 'effect', '§'], Object.values(rules.sweeteners).map((s) => [s.id, s.name, s.text, s.section])), '');
  out.push('## Scenarios', '');
  for (const s of Object.values(rules.scenarios)) {
    const last = s.firstRound + s.rounds - 1;
    out.push(`### ${s.id} — ${s.name}`, '',
      `Rounds ${s.firstRound}–${last} (${s.rounds} rounds of ${s.actionRounds} action rounds); American election at the end of round ${s.electionRound}, `
        + `${s.election === 'open' ? 'drawn from the track' : `fixed: ${s.election}${s.hiddenElection ? ' (kept secret)' : ''}`}; hands of ${s.handSize}; `
        + `order ${s.tracks.order}, election track ${s.tracks.election}, reliability ${s.tracks.reliability}, Ukraine ${s.tracks.ukraine}, `
        + `US troops in Korea ${thousands(s.tracks.troops)}, Taiwan's defence ${s.tracks.taiwanDefence}.`,
      '', s.description, '', `*What it teaches:* ${s.teaches}`, '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function main(): void {
  writeFileSync(CARD_LIST_PATH, renderCardList());
  process.stdout.write(`wrote ${CARD_LIST_PATH}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
