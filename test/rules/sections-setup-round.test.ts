// Rule sections 2 (setup and start), 3 (Headlines) and 4 (Actions), each test named by its section.
import { describe, expect, it } from 'vitest';
import {
  RULES, SEATS, SeededRng, applyAction, createInitialState, legalActionsFor, liveDeck, playerView, type GState,
} from '../../src/game';
import { actionOrder, startRound } from '../../src/game/flow';
import { A, actionFor, clone, giveCards, play, playerOf, startedGame } from '../helpers/builders';

const allCardIds = () => [
  ...Object.keys(RULES.strategy), ...Object.keys(RULES.national), ...Object.keys(RULES.politics),
  ...Object.keys(RULES.regional), ...Object.keys(RULES.agendas),
];

describe('§2 setup and start', () => {
  it('2: the initial state holds no card id at all (nothing secret exists before the first move)', () => {
    const text = JSON.stringify(createInitialState(6));
    for (const id of allCardIds()) expect(text).not.toContain(`"${id}"`);
  });

  it('2: begin shuffles the decks and deals each seat one standard agenda of its own', () => {
    const { G } = startedGame({ seed: 'deal' });
    for (const seat of SEATS) {
      const agenda = RULES.agendas[G.agendas[seat] as string];
      expect(agenda?.actor).toBe(seat);
      expect(agenda?.kind).toBe('standard');
    }
    const other = startedGame({ seed: 'deal-2' }).G;
    expect(G.decks.strategy).not.toEqual(other.decks.strategy);
  });

  it('2: the first move is begin, offered to the US player only', () => {
    const G = createInitialState(2);
    expect(legalActionsFor(G, 'US')).toEqual([{ move: 'begin', args: [] }]);
    expect(legalActionsFor(G, 'CN')).toEqual([]);
    const rng = new SeededRng('x');
    expect(applyAction(G, '1', { move: 'begin', args: [] }, rng)).toBe(false);
    expect(applyAction(G, '0', { move: 'begin', args: [] }, rng)).toBe(true);
  });

  it('2: in a two-player game the people hold the US and China and the allies are autopilot', () => {
    const G = createInitialState(2);
    expect(G.control.US).toEqual({ player: '0' });
    expect(G.control.CN).toEqual({ player: '1' });
    for (const ally of ['JP', 'KR', 'AU', 'PH'] as const) expect(G.control[ally]).toEqual({ autopilot: true });
  });

  it('2: a seat map puts any seat under any player', () => {
    const G = createInitialState(2, { seats: { JP: '0', CN: '1' } });
    expect(G.control.JP).toEqual({ player: '0' });
    expect(G.control.US).toEqual({ autopilot: true });
    expect(() => createInitialState(2, { seats: { JP: '0' } })).toThrow(/every one of the 2 players/);
    expect(() => createInitialState(2, { seats: { JP: '0', CN: '5' } })).toThrow(/player id 5/);
  });
});

describe('§3 Headlines', () => {
  const headlinesOf = (G: GState) => G.log.filter((e) => e.type === 'headline');

  it('3: the live deck is moshi-tora while America First trails, hobo-tora once it leads [F30]', () => {
    const { G } = startedGame();
    G.tracks.election = 0;
    expect(liveDeck(G)).toBe('moshi');
    G.tracks.election = 1;
    expect(liveDeck(G)).toBe('hobo');
  });

  it('3: after the election the live deck is mō-tora or continuity [F30]', () => {
    const { G } = startedGame();
    G.administration = 'americaFirst';
    expect(liveDeck(G)).toBe('mo');
    G.administration = 'continuity';
    expect(liveDeck(G)).toBe('continuity');
  });

  it('3: each round draws one politics card from the live deck and one regional card', () => {
    const { G, rng } = startedGame();
    G.tracks.election = 3;
    G.round += 1;
    startRound(G, rng);
    // each round's story starts a new page of the log
    const headline = headlinesOf(G);
    expect(headline).toHaveLength(1);
    expect(headline[0]).toMatchObject({ deck: 'hobo' });
    expect(RULES.politics[(headline[0] as { card: string }).card]?.deck).toBe('hobo');
    expect(G.log.filter((e) => e.type === 'regional' && e.round === G.round)).toHaveLength(1);
  });

  it('3: regional cards enter the deck from their round, so launches grow more frequent [F10]', () => {
    const { G, rng } = startedGame();
    const later = [...G.decks.regionalLater];
    expect(later.length).toBeGreaterThan(0);
    for (const id of later) expect(RULES.regional[id]?.from).toBeGreaterThan(1);
    G.round = 9;
    startRound(G, rng);
    expect(G.decks.regionalLater).toEqual([]);
  });

  it('3: a strong Ukraine signal raises tension in the Taiwan Strait [F03]', () => {
    const { G, rng } = startedGame();
    G.tracks.ukraine = 5;
    startRound(G, rng);
    expect(G.log.some((e) => e.type === 'ukraineSignal' && e.round === G.round)).toBe(true);
    const calm = startedGame().G;
    calm.tracks.ukraine = 1;
    startRound(calm, startedGame().rng);
    expect(calm.log.some((e) => e.type === 'ukraineSignal' && e.round === calm.round)).toBe(false);
  });
});

describe('§4 Actions', () => {
  it('4: China acts after every second network action: US, JP, CN, KR, AU, CN, PH', () => {
    expect(actionOrder()).toEqual(['US', 'JP', 'CN', 'KR', 'AU', 'CN', 'PH']);
  });

  it('4: hands are filled to five at the start of every action round', () => {
    const { G } = startedGame();
    for (const seat of SEATS) expect(G.hands[seat]).toHaveLength(5);
  });

  it('4: an action is taken in steps: card, then mode, then operation, then target', () => {
    const { G, rng } = startedGame();
    const card = G.hands.US[0] as string;
    expect(legalActionsFor(G, 'US').every((a) => a.move === 'playCard')).toBe(true);
    play(G, rng, 'US', A.card(card));
    expect(legalActionsFor(G, 'US').map((a) => a.move)).toContain('chooseMode');
    play(G, rng, 'US', A.ops());
    expect(legalActionsFor(G, 'US').filter((a) => a.move === 'chooseOp').map((a) => a.args[0])).toEqual(expect.arrayContaining(['build', 'reassure']));
  });

  it('4: back undoes the last part of a choice before anything happens', () => {
    const { G, rng } = startedGame();
    const before = clone(G);
    play(G, rng, 'US', A.card(G.hands.US[0] as string), A.ops(), A.op('build'), A.back(), A.back(), A.back());
    expect(G).toEqual(before);
  });

  it('4: after three action rounds of seven actions the Flashpoints begin', () => {
    const { G, rng } = startedGame({ seed: 'rounds' });
    let actions = 0;
    while (G.phase === 'actions') {
      const seat = G.step.kind === 'action' ? G.step.actor : undefined;
      if (!seat) break;
      const card = G.hands[seat].find((c) => RULES.strategy[c]) as string;
      play(G, rng, seat, A.card(card), A.ops(), A.op(seat === 'CN' ? 'pressure' : seat === 'US' ? 'reassure' : 'trade'));
      if (seat === 'CN') play(G, rng, 'CN', A.target('OCE'));
      actions += 1;
    }
    expect(actions).toBe(21);
    expect(['flashpoints', 'homeFront']).toContain(G.phase);
  });

  it('4: a card picked but not yet played stays hidden from the other seats (it may still go back)', () => {
    const { G, rng } = startedGame();
    const card = G.hands.US[0] as string;
    play(G, rng, 'US', A.card(card), A.ops());
    expect(playerView(G, playerOf(G, 'US')).step).toMatchObject({ kind: 'action', card, mode: 'ops' });
    const other = JSON.stringify(playerView(G, playerOf(G, 'CN')));
    expect(other).not.toContain(`"${card}"`);
    expect(JSON.stringify(playerView(G, null))).not.toContain(`"${card}"`);
  });

  it('4: back from the target of a national card returns to the choice of card, never to operations', () => {
    const { G, rng } = startedGame();
    const national = Object.values(RULES.national).find((c) => c.actor === 'CN' && c.target);
    if (!national) throw new Error('no targeted China national card in the data');
    actionFor(G, 'CN');
    play(G, rng, 'CN', A.card(national.id));
    expect(legalActionsFor(G, 'CN').every((a) => a.move === 'chooseTarget' || a.move === 'back')).toBe(true);
    play(G, rng, 'CN', A.back());
    expect(G.step).toEqual({ kind: 'action', actor: 'CN' });
  });

  it('4: a seat may play only one national card a round', () => {
    const { G, rng } = startedGame();
    const usNational = Object.values(RULES.national).filter((c) => c.actor === 'US');
    const first = usNational.find((c) => !c.target && !c.requires);
    if (!first) return;
    play(G, rng, 'US', A.card(first.id));
    expect(G.nationalUsed).toContain(first.id);
    actionFor(G, 'US');
    const offered = legalActionsFor(G, 'US').map((a) => a.args[0]);
    for (const c of usNational) expect(offered).not.toContain(c.id);
  });

  it('4.1: a card whose event belongs to the other side fires that event when played for operations', () => {
    const { G, rng } = startedGame();
    const chinaCard = Object.values(RULES.strategy).find((c) => c.side === 'china' && !c.requires && !c.target && c.effects.some((e) => e.op === 'tension'));
    if (!chinaCard) throw new Error('no plain China tension card in the data');
    giveCards(G, 'US', [chinaCard.id]);
    const tensionBefore = clone(G.tension);
    play(G, rng, 'US', A.card(chinaCard.id), A.ops(), A.op('reassure'));
    expect(G.log.some((e) => e.type === 'opponentEvent' && e.card === chinaCard.id)).toBe(true);
    expect(G.tension).not.toEqual(tensionBefore);
    expect(G.decks.strategyDiscard).toContain(chinaCard.id);
  });

  it("4.1: a seat may not play the other side's card for its event", () => {
    const { G } = startedGame();
    const chinaCard = Object.values(RULES.strategy).find((c) => c.side === 'china') as { id: string };
    giveCards(G, 'US', [chinaCard.id]);
    const rng = new SeededRng('x');
    applyAction(G, playerOf(G, 'US'), A.card(chinaCard.id), rng);
    expect(legalActionsFor(G, 'US')).not.toContainEqual(A.event());
  });
});
