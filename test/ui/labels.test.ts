// Every legal action the table can offer has a human label, in every step of whole bot games;
// every step has a prompt, and the seats not asked read a waiting line.
import { describe, expect, it } from 'vitest';
import {
  MOVES, NETWORK_SEATS, RULES, SEATS, legalActions, playerView, type Action, type GState, type SeatId,
} from '../../src/game';
import { actionLabel, commitWeight, promptFor, shortcutFor, theAlliance, waitingLine } from '../../src/ui/selectors/labels';
import { weightToTheatre } from '../../src/game/deterrence';
import { A, actionFor, giveCards, play, playerOf, startedGame } from '../helpers/builders';
import { BOTS, walkGame } from './walk';

const BAD = /undefined|NaN|null|\[object|\{|\}/;

/** A name for the kind of an action in context, for the coverage check. */
function kindOf(G: GState, a: Action): string {
  const step = G.step;
  if (a.move === 'chooseTarget' && step.kind === 'action') {
    if (step.mode === 'event') return `chooseTarget:event-${(RULES.strategy[step.card ?? ''] ?? RULES.national[step.card ?? ''])?.target ?? 'none'}`;
    return `chooseTarget:${step.op}`;
  }
  if (a.move === 'chooseOp' || a.move === 'chooseMode' || a.move === 'chooseSweetener' || a.move === 'budget') return `${a.move}:${a.args[0]}`;
  if (a.move === 'answer') return `answer:${a.args[0]}:${a.args[1]}`;
  if (a.move === 'playCard') return `playCard:${RULES.national[a.args[0]] ? 'national' : 'strategy'}`;
  return a.move;
}

describe('labels for every legal action across whole bot games', () => {
  const kinds = new Set<string>();
  const cases: [string, number, keyof typeof BOTS][] = [
    ['labels-6g', 6, 'greedy'], ['labels-6r', 6, 'random'], ['labels-3r', 3, 'random'], ['labels-2g', 2, 'greedy'],
    ['labels-6r2', 6, 'random'], ['labels-4r', 4, 'random'],
  ];
  for (const [seed, players, bot] of cases) {
    it(`${seed}: no action without a label, no step without a prompt`, () => {
      walkGame({ seed, players, bot: BOTS[bot] }, ({ G, seat, view, legal }) => {
        expect(legal.length).toBeGreaterThan(0);
        const prompt = promptFor(view, seat);
        expect(prompt.title).not.toMatch(BAD);
        expect(prompt.title.length).toBeGreaterThan(3);
        const labels = legal.map((a) => actionLabel(view, seat, a));
        for (const [i, l] of labels.entries()) {
          const a = legal[i] as Action;
          kinds.add(kindOf(G, a));
          expect(l.label, JSON.stringify(a)).toMatch(/^[A-Z]/);
          expect(l.label, JSON.stringify(a)).not.toMatch(BAD);
          if (l.hint !== undefined) expect(l.hint, JSON.stringify(a)).not.toMatch(/undefined|NaN|\[object/);
        }
        // Two buttons never say the same thing.
        expect(new Set(labels.map((l) => l.label)).size, labels.map((l) => l.label).join(' | ')).toBe(labels.length);
        // Every seat not asked reads whom the game waits for.
        for (const other of SEATS) {
          if (other === seat || !('player' in G.control[other])) continue;
          const line = waitingLine(playerView(G, playerOf(G, other)), [other]);
          expect(line).toMatch(/^(Waiting|The game is over)/);
          expect(line).not.toMatch(BAD);
        }
      });
    });
  }

  it('the games met every kind of move the table can be asked (pass is checked below)', () => {
    const moves = new Set([...kinds].map((k) => k.split(':')[0]));
    for (const m of MOVES) if (m !== 'pass') expect(moves, m).toContain(m);
    for (const k of ['chooseMode:event', 'chooseMode:ops', 'chooseTarget:build', 'chooseTarget:alliance', 'chooseTarget:pressure', 'budget:raiseOpinion', 'budget:hold', 'answer:true:deters-china', 'answer:false:provokes-china', 'playCard:national']) {
      expect(kinds, k).toContain(k);
    }
  });
});

describe('the words on the buttons', () => {
  const view = (G: GState, seat: SeatId) => playerView(G, playerOf(G, seat));
  const label = (G: GState, seat: SeatId, a: Action) => actionLabel(view(G, seat), seat, a).label;

  it('names a strategy card with its id, ops and side; a national card as such', () => {
    const { G } = startedGame({ seed: 'words-1' });
    const network = Object.values(RULES.strategy).find((c) => c.side === 'network' && c.ops === 2);
    const china = Object.values(RULES.strategy).find((c) => c.side === 'china');
    if (!network || !china) throw new Error('no cards to test with');
    expect(label(G, 'JP', A.card(network.id))).toBe(`Play ${network.id} ${network.name} (2 ops, network)`);
    expect(label(G, 'JP', A.card(china.id))).toBe(`Play ${china.id} ${china.name} (${china.ops} ${china.ops === 1 ? 'op' : 'ops'}, China)`);
    const national = Object.values(RULES.national).find((c) => c.actor === 'JP');
    if (national) expect(label(G, 'JP', A.card(national.id))).toBe(`Play ${national.id} ${national.name} (national card)`);
  });

  it('says what each step of an action does', () => {
    const { G, rng } = startedGame({ seed: 'words-2' });
    const card = Object.values(RULES.strategy).find((c) => c.side === 'china' && c.ops >= 3);
    if (!card) throw new Error('no card');
    actionFor(G, 'JP');
    giveCards(G, 'JP', [card.id]);
    play(G, rng, 'JP', A.card(card.id));
    const v = view(G, 'JP');
    expect(promptFor(v, 'JP').title).toBe(`${card.id} ${card.name}: play it for its event or for operations`);
    const opsLabel = actionLabel(v, 'JP', A.ops());
    expect(opsLabel.label).toBe('Play it for operations');
    expect(opsLabel.hint).toContain('China’s event fires too');
    play(G, rng, 'JP', A.ops());
    expect(promptFor(view(G, 'JP'), 'JP').title).toMatch(/: choose an operation \(\d ops\)$/);
    const legal = legalActions(G, playerOf(G, 'JP'));
    expect(legal.map((a) => label(G, 'JP', a))).toEqual(expect.arrayContaining(['Build forces', 'Back']));
    play(G, rng, 'JP', A.op('build'));
    expect(promptFor(view(G, 'JP'), 'JP').title).toBe('Choose where to build forces');
    expect(label(G, 'JP', A.target('ECS'))).toBe('Build forces in the East China Sea');
    expect(label(G, 'JP', A.target('WPAC'))).toBe('Build forces in the Western Pacific (Guam)');
  });

  it('asks for consent by name, with reasons on the buttons', () => {
    const { G, rng } = startedGame({ seed: 'words-3' });
    const card = Object.values(RULES.strategy).find((c) => c.ops >= 2 && c.side !== 'china');
    if (!card) throw new Error('no card');
    actionFor(G, 'JP');
    giveCards(G, 'JP', [card.id]);
    play(G, rng, 'JP', A.card(card.id), A.ops(), A.op('alliance'));
    const v = view(G, 'JP');
    expect(label(G, 'JP', A.target('A-USJPKR'))).toBe(`Propose ${theAlliance('A-USJPKR')}`);
    expect(actionLabel(v, 'JP', A.target('A-USJPKR')).hint).toBe('level 1: talks · members: United States, Japan and South Korea');
    expect(theAlliance('A-USJPKR')).toBe(`the ${RULES.alliances['A-USJPKR']?.name}`);
    play(G, rng, 'JP', A.target('A-USJPKR'));
    expect(promptFor(view(G, 'JP'), 'JP').title).toBe(`Choose a sweetener for ${theAlliance('A-USJPKR')}`);
    expect(label(G, 'JP', A.sweetener('tradeConcession'))).toBe('Offer a trade concession');
    play(G, rng, 'JP', A.sweetener('none'));
    expect(G.step.kind).toBe('consent');
    const asked = G.step.kind === 'consent' ? G.step.awaiting[0] as SeatId : 'US';
    expect(promptFor(view(G, asked), asked).title).toBe(`Japan proposes ${theAlliance('A-USJPKR')}: accept or refuse`);
    expect(label(G, asked, A.answer(true, 'deters-china'))).toBe('Accept — it deters China');
    expect(label(G, asked, A.answer(false, 'provokes-china'))).toBe('Refuse — it provokes China');
    expect(label(G, asked, A.answer(false, 'cost'))).toBe('Refuse — it costs too much');
    expect(waitingLine(view(G, 'CN'), ['CN'])).toBe(`Waiting for ${RULES.actors[asked]?.name} to answer Japan’s proposal…`);
  });

  it('words a crisis, the home front, a pass and the waiting line', () => {
    const { G } = startedGame({ seed: 'words-4' });
    expect(waitingLine(view(G, 'JP'), ['JP'])).toBe('Waiting for United States…');
    actionFor(G, 'CN');
    expect(waitingLine(view(G, 'JP'), ['JP'])).toBe('Waiting for China…');
    G.step = { kind: 'commit', theatre: 'TWN', awaiting: ['US', 'JP', 'CN'] };
    G.crisis = { theatre: 'TWN', eligible: ['US', 'JP', 'CN'], commits: {} };
    expect(promptFor(view(G, 'JP'), 'JP').title).toBe('Crisis in the Taiwan Strait: commit forces secretly');
    expect(label(G, 'JP', A.commit(0))).toBe('Commit no forces');
    expect(label(G, 'JP', A.commit(1))).toBe('Commit 1 force');
    expect(label(G, 'JP', A.commit(2))).toBe('Commit 2 forces');
    // what committing adds (5.4): 2 × the seat's link weight a network force, 2 a Chinese one
    const w = commitWeight(view(G, 'JP'), 'JP', 'TWN');
    expect(actionLabel(view(G, 'JP'), 'JP', A.commit(2)).hint).toBe(`network strength +${Math.round(4 * w * 100) / 100} (2 × 2 × link weight ${w}); lose 1 if your side loses`);
    expect(actionLabel(view(G, 'CN'), 'CN', A.commit(3)).hint).toBe('China’s strength +6 (2 a force); lose 2 if your side loses');
    expect(actionLabel(view(G, 'JP'), 'JP', A.commit(0)).hint).toBe('stay out of the fight');
    G.step = { kind: 'homeFront', awaiting: [...SEATS] };
    expect(promptFor(view(G, 'KR'), 'KR').title).toBe('Home front: choose your defence budget secretly');
    expect(label(G, 'KR', A.budget('raiseOpinion'))).toBe('Raise the budget, paid in public opinion');
    expect(label(G, 'KR', A.budget('raiseEconomy'))).toBe('Raise the budget, paid by the economy');
    expect(label(G, 'KR', { move: 'pass', args: [] })).toBe('Pass (no card to play)');
  });

  it('a seat with no card at all is offered a pass, and it has a label', () => {
    const { G } = startedGame({ seed: 'words-5' });
    actionFor(G, 'PH');
    G.hands.PH = [];
    G.nationalSpent.push(...Object.values(RULES.national).filter((c) => c.actor === 'PH').map((c) => c.id));
    const legal = legalActions(G, playerOf(G, 'PH'));
    expect(legal).toEqual([{ move: 'pass', args: [] }]);
    expect(actionLabel(view(G, 'PH'), 'PH', legal[0] as Action).label).toBe('Pass (no card to play)');
  });

  it('reads a commitment’s link weight as the crisis counts it, for every seat and theatre of a game', () => {
    walkGame({ seed: 'commit-weights', bot: BOTS.random, maxActions: 300 }, ({ G, view: v }) => {
      for (const seat of NETWORK_SEATS) {
        // to the two decimals the breakdown rounds to
        for (const t of ['KOR', 'TWN', 'WPAC', 'SEA'] as const) expect(Math.abs(commitWeight(v, seat, t) - weightToTheatre(G, seat, t))).toBeLessThanOrEqual(0.0051);
      }
    });
  });

  it('numbers the choices 1–9 and gives Back the Escape key', () => {
    const legal: Action[] = [A.target('KOR'), A.target('ECS'), A.back()];
    expect([0, 1, 2].map((i) => shortcutFor(legal, i))).toEqual(['1', '2', 'Esc']);
    const many = Array.from({ length: 11 }, (_, i) => A.commit(i));
    expect(shortcutFor(many, 8)).toBe('9');
    expect(shortcutFor(many, 9)).toBeUndefined();
  });

  it('every network seat and China get a prompt at the start of their action', () => {
    const { G } = startedGame({ seed: 'words-6' });
    for (const seat of [...NETWORK_SEATS, 'CN' as const]) {
      actionFor(G, seat);
      expect(promptFor(view(G, seat), seat).title).toBe('Choose a card to play');
    }
  });
});
