// Rule sections 5 (Flashpoints), 6 (Home front), 7 (Scoring), 8 (Consent), 9 (Deterrence) and
// 10 (Victory), each test named by its section.
import { describe, expect, it } from 'vitest';
import {
  NETWORK_SEATS, RULES, THEATRES, deterrence, deterrenceBreakdown, legalActionsFor, networkWithoutAmerica,
  pressure, alliesPowerRatio, type GState, type SeatId,
} from '../../src/game';
import { crisisTheatre, startFlashpoints, CRISIS_LINE } from '../../src/game/crisis';
import { computeResult, endGame, scoreRound, agendaHolds } from '../../src/game/scoring';
import { A, actionFor, clone, giveCards, play, setForces, startedGame } from '../helpers/builders';

/** A started game that has just entered the Flashpoints with a crisis in the Taiwan Strait. */
function taiwanCrisis(seed = 'crisis'): ReturnType<typeof startedGame> {
  const game = startedGame({ seed });
  const { G } = game;
  G.tension.TWN = 10;
  setForces(G, 'CN', { TWN: 6 });
  expect(crisisTheatre(G)).toBe('TWN');
  expect(startFlashpoints(G)).toBe(true);
  return game;
}

function commitAll(game: ReturnType<typeof startedGame>, commits: Partial<Record<SeatId, number>>): void {
  const { G, rng } = game;
  while (G.step.kind === 'commit') {
    const seat = G.step.awaiting[0] as SeatId;
    const max = legalActionsFor(G, seat).length - 1;
    play(G, rng, seat, A.commit(Math.min(max, commits[seat] ?? 0)));
  }
}

describe('§5 Flashpoints', () => {
  it(`5: a crisis breaks out where pressure exceeds deterrence by more than ${CRISIS_LINE}`, () => {
    const { G } = startedGame();
    for (const t of THEATRES) G.tension[t] = 0;
    expect(crisisTheatre(G)).toBeNull();
    G.tension.SCS = 10;
    setForces(G, 'CN', { SCS: 6 });
    expect(pressure(G, 'SCS') - deterrence(G, 'SCS')).toBeGreaterThan(CRISIS_LINE);
    expect(crisisTheatre(G)).toBe('SCS');
  });

  it('5: China and the hub may always commit; so may seats with forces there or a link', () => {
    const { G } = taiwanCrisis();
    expect(G.crisis?.eligible).toContain('CN');
    expect(G.crisis?.eligible).toContain('US');
  });

  it('5: commitments are secret and at once: each seat sees only its own until all are in', async () => {
    const game = taiwanCrisis();
    const { G, rng } = game;
    const { playerView } = await import('../../src/game');
    play(G, rng, 'CN', A.commit(3));
    expect(G.crisis?.commits.CN).toBe(3);
    expect(playerView(G, '0').crisis?.commits).toEqual({});
    expect(playerView(G, '1').crisis?.commits).toEqual({ CN: 3 });
    expect(G.step.kind).toBe('commit');
  });

  it('5: a seat commits at most three forces and no more than it has', () => {
    const { G } = taiwanCrisis();
    expect(legalActionsFor(G, 'CN').map((a) => a.args[0])).toEqual([0, 1, 2, 3]);
    setForces(G, 'US', { KOR: 1 });
    expect(legalActionsFor(G, 'US').map((a) => a.args[0])).toEqual([0, 1]);
  });

  it('5: a Taiwan Strait crisis the network leaves unanswered, lost, ends the game: China wins [F19]', () => {
    const game = taiwanCrisis();
    commitAll(game, { CN: 3 });
    const result = game.G.log.find((e) => e.type === 'crisisResult');
    expect(result).toMatchObject({ winner: 'china' });
    expect(game.G.result).toMatchObject({ side: 'china', reason: 'taiwan-unanswered' });
  });

  it('5: answering for Taiwan, a partner, costs America at home — more under America First [F18, F39]', () => {
    const opinionCost = (administration: GState['administration']) => {
      const game = taiwanCrisis();
      game.G.administration = administration;
      const before = game.G.actors.US?.opinion ?? 0;
      commitAll(game, { US: 2, CN: 0 });
      return before - (game.G.actors.US?.opinion ?? 0);
    };
    expect(opinionCost('continuity')).toBe(1);
    expect(opinionCost('americaFirst')).toBe(2);
  });

  it('5: a treaty call the US leaves unanswered costs its credibility and the hub’s reliability [F17]', () => {
    const game = startedGame({ seed: 'treaty' });
    const { G } = game;
    G.tension.KOR = 10;
    setForces(G, 'CN', { KOR: 8 });
    setForces(G, 'KR', { KOR: 1 });
    setForces(G, 'US', { WPAC: 1 });
    expect(crisisTheatre(G)).toBe('KOR');
    startFlashpoints(G);
    const cred = G.actors.US?.credibility ?? 0;
    commitAll(game, { US: 0, CN: 0 });
    expect(G.log.some((e) => e.type === 'treatyCall' && e.actor === 'US' && !e.answered)).toBe(true);
    expect(G.actors.US?.credibility).toBe(cred - 2);
  });

  it('5: the network winning a crisis moves order its way and China pays', () => {
    const game = startedGame({ seed: 'win' });
    const { G } = game;
    G.tension.SCS = 10;
    setForces(G, 'CN', { SCS: 7 });
    setForces(G, 'PH', { SCS: 1 });
    startFlashpoints(G);
    G.actors.US!.forces = { SCS: 3, KOR: 3 };
    const order = G.tracks.order;
    const cnNip = G.actors.CN!.nip;
    // China commits nothing; the hub and the allies answer in full.
    commitAll(game, { US: 3, JP: 3, AU: 3, PH: 1, CN: 0 });
    const r = G.log.find((e) => e.type === 'crisisResult');
    if (r?.type !== 'crisisResult') throw new Error('no crisis result');
    if (r.winner === 'network') {
      expect(G.tracks.order).toBeGreaterThan(order - 1);
      expect(G.actors.CN!.nip).toBeLessThanOrEqual(cnNip);
    } else {
      expect(r.china).toBeGreaterThan(r.network);
    }
  });
});

describe('§6 Home front', () => {
  const toHomeFront = () => {
    const game = startedGame({ seed: 'home' });
    game.G.phase = 'homeFront';
    game.G.step = { kind: 'homeFront', awaiting: ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] };
    return game;
  };
  const allChoose = (game: ReturnType<typeof startedGame>, choice: Partial<Record<SeatId, string>>) => {
    const { G, rng } = game;
    while (G.step.kind === 'homeFront') {
      const seat = G.step.awaiting[0] as SeatId;
      play(G, rng, seat, A.budget((choice[seat] ?? 'hold') as 'hold'));
    }
  };

  it('6: raising the budget costs opinion or the economy; cutting it wins opinion back', () => {
    const game = toHomeFront();
    const before = clone(game.G.actors);
    allChoose(game, { JP: 'raiseOpinion', KR: 'raiseEconomy', AU: 'cut' });
    const after = game.G.actors;
    expect(after.JP!.defence).toBe(before.JP!.defence + 2);
    expect(after.JP!.opinion).toBe(before.JP!.opinion - 1);
    expect(after.KR!.economy).toBe(before.KR!.economy - 1);
    expect(after.AU!.defence).toBe(before.AU!.defence - 2);
    expect(after.AU!.opinion).toBe(Math.min(10, before.AU!.opinion + 1));
  });

  it('6: budget choices stay secret until every seat has chosen', async () => {
    const game = toHomeFront();
    const { playerView } = await import('../../src/game');
    play(game.G, game.rng, 'US', A.budget('raiseEconomy'));
    expect(playerView(game.G, '0').homeChoices).toEqual({ US: 'raiseEconomy' });
    expect(playerView(game.G, '1').homeChoices).toEqual({});
  });

  it('6: an unhappy public at election time turns the government away and swaps in a hedging agenda [F26]', () => {
    const game = toHomeFront();
    const { G } = game;
    const au = RULES.actors.AU!;
    G.round = au.elections[0] ?? 5;
    G.actors.AU!.opinion = 2;
    allChoose(game, {});
    expect(G.actors.AU!.aligned).toBe(false);
    expect(RULES.agendas[G.agendas.AU as string]?.kind).toBe('hedging');
  });

  it('6: South Korea may go nuclear only once the garrison shrinks or America First rules [F41, F42]', () => {
    const game = toHomeFront();
    const { G } = game;
    G.actors.KR!.opinion = 7;
    expect(legalActionsFor(G, 'KR').map((a) => a.args[0])).not.toContain('nuclear');
    G.tracks.troops = 24_000;
    expect(legalActionsFor(G, 'KR').map((a) => a.args[0])).toContain('nuclear');
    const kor = G.actors.KR!.forces.KOR ?? 0;
    allChoose(game, { KR: 'nuclear' });
    expect(G.actors.KR!.flags).toContain('nuclear');
    expect(G.actors.KR!.forces.KOR).toBe(kor + 3);
  });

  it("6: Taiwan's budget fields units — up to its force cap read from the Taiwan defence track, one more a home front while short [F38]", () => {
    const game = toHomeFront();
    const { G } = game;
    const again = () => {
      G.phase = 'homeFront';
      G.step = { kind: 'homeFront', awaiting: ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] };
      allChoose(game, {});
    };
    G.tension.TWN = 3;
    // 2.5% with forces per point 1.4: a cap of 3, and two units there: one more
    expect(G.tracks.taiwanDefence).toBe(25);
    expect(G.actors.TW!.forces.TWN).toBe(2);
    again();
    expect(G.actors.TW!.forces.TWN).toBe(3);
    again();
    expect(G.actors.TW!.forces.TWN).toBe(3); // at the cap: no more
    G.tracks.taiwanDefence = 42; // a cap of 5: one unit a home front
    again();
    expect(G.actors.TW!.forces.TWN).toBe(4);
    G.actors.TW!.forces.TWN = 7;
    again();
    expect(G.actors.TW!.forces.TWN).toBe(7); // units from cards beyond the cap stay
  });

  it('6: the US election at the end of its round follows a fixed result when the scenario fixes it', () => {
    const game = toHomeFront();
    game.G.round = game.G.electionRound;
    game.G.fixedElection = 'continuity';
    game.G.tracks.election = 5;
    allChoose(game, {});
    expect(game.G.administration).toBe('continuity');
  });

  it('6: an open election is drawn from the track: America First wins more often the further it leads', () => {
    const wins = (track: number) => {
      let n = 0;
      for (let i = 0; i < 60; i++) {
        const game = startedGame({ seed: `vote-${i}` });
        game.G.phase = 'homeFront';
        game.G.step = { kind: 'homeFront', awaiting: ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] };
        game.G.round = game.G.electionRound;
        game.G.tracks.election = track;
        allChoose(game, {});
        if (game.G.administration === 'americaFirst') n += 1;
      }
      return n;
    };
    expect(wins(-5)).toBeLessThan(wins(5));
  });
});

describe('§7 Scoring', () => {
  it('7: the order track moves by at most one a round toward the side that holds more theatres', () => {
    const { G } = startedGame();
    for (const t of THEATRES) G.tension[t] = 0;
    for (const t of THEATRES) G.actors.CN!.forces[t] = 0;
    const order = G.tracks.order;
    scoreRound(G);
    expect(G.tracks.order).toBe(order + 1);
  });

  it('7: under America First, the US scores allies that spend 2% of GDP', () => {
    const { G } = startedGame();
    G.administration = 'americaFirst';
    for (const a of ['JP', 'KR', 'AU', 'PH'] as const) G.actors[a]!.defence = 20;
    const nip = G.actors.US!.nip;
    scoreRound(G);
    expect(G.actors.US!.nip).toBe(nip + 4);
  });

  it('7: under America First an unreliable hub lets new initiatives wither [F34]', () => {
    const { G } = startedGame();
    G.administration = 'americaFirst';
    G.tracks.reliability = 2;
    G.alliances['A-USJPKR']!.level = 2;
    scoreRound(G);
    expect(G.alliances['A-USJPKR']!.level).toBe(1);
  });
});

describe('§8 Alliance consent', () => {
  it('8: a proposal asks every member seat; all accept: the level rises and China reacts', () => {
    const { G, rng } = startedGame({ seed: 'consent' });
    const card = Object.values(RULES.strategy).find((c) => c.ops >= 1 && c.side === 'neutral') ?? Object.values(RULES.strategy)[0]!;
    giveCards(G, 'US', [card.id]);
    actionFor(G, 'US');
    const tension = clone(G.tension);
    play(G, rng, 'US', A.card(card.id), A.ops(), A.op('alliance'), A.target('A-USJPKR'), A.sweetener('none'));
    expect(G.step).toMatchObject({ kind: 'consent', awaiting: ['JP', 'KR'] });
    play(G, rng, 'JP', A.answer(true, 'deters-china'));
    play(G, rng, 'KR', A.answer(true, 'agenda'));
    expect(G.alliances['A-USJPKR']!.level).toBe(1);
    expect(G.log.some((e) => e.type === 'allianceResult' && e.accepted)).toBe(true);
    const reacted = JSON.stringify(G.tension) !== JSON.stringify(tension) || G.log.some((e) => e.type === 'effect' && e.source === 'A-USJPKR-reaction');
    expect(reacted).toBe(true);
  });

  it('8: one refusal stops it, with its reason kept in the log', () => {
    const { G, rng } = startedGame({ seed: 'consent' });
    const card = Object.values(RULES.strategy)[0]!;
    giveCards(G, 'US', [card.id]);
    actionFor(G, 'US');
    play(G, rng, 'US', A.card(card.id), A.ops(), A.op('alliance'), A.target('A-USJPKR'), A.sweetener('none'));
    play(G, rng, 'JP', A.answer(false, 'provokes-china'));
    expect(G.alliances['A-USJPKR']!.level).toBe(0);
    expect(G.log).toContainEqual(expect.objectContaining({ type: 'answer', actor: 'JP', accept: false, reason: 'provokes-china' }));
    expect(G.step.kind).toBe('action');
  });

  it('8: an autopilot member answers for a seat no player holds', () => {
    const { G, rng } = startedGame({ seed: 'consent', players: 2 });
    const card = Object.values(RULES.strategy)[0]!;
    giveCards(G, 'US', [card.id]);
    actionFor(G, 'US');
    play(G, rng, 'US', A.card(card.id), A.ops(), A.op('alliance'), A.target('A-USJPKR'), A.sweetener('none'));
    const proposal = G.log.findIndex((e) => e.type === 'proposal' && e.proposer === 'US');
    const result = G.log.findIndex((e, i) => i > proposal && e.type === 'allianceResult');
    const answers = G.log.slice(proposal, result).filter((e) => e.type === 'answer');
    expect(answers.map((e) => (e as { actor: string }).actor)).toEqual(['JP', 'KR'].slice(0, answers.length));
    expect(answers.length).toBeGreaterThan(0);
    expect(result).toBeGreaterThan(proposal);
  });
});

describe('§9 Deterrence', () => {
  it('9: at the start, the network without America is weaker than with it in every theatre [F46]', () => {
    const { G } = startedGame();
    const net = networkWithoutAmerica(G);
    for (const t of THEATRES) expect(net[t].without, t).toBeLessThan(net[t].with);
  });

  it("9: the allies alone have about half China's weight [F45]", () => {
    expect(alliesPowerRatio()).toBeGreaterThan(0.4);
    expect(alliesPowerRatio()).toBeLessThan(0.6);
  });

  it("9: an ally's forces count through the hub: Japan's forces defend Korea only via the US until the trilateral exists", () => {
    const { G } = startedGame();
    for (const a of NETWORK_SEATS) setForces(G, a, {});
    setForces(G, 'JP', { KOR: 4 });
    const viaHub = deterrenceBreakdown(G, 'KOR').parts.find((p) => p.actor === 'JP');
    expect(viaHub?.path).toEqual(['JP', 'US', 'KR']);
    const withoutHub = deterrence(G, 'KOR', { withoutAmerica: true });
    expect(withoutHub).toBeCloseTo(4 * 0.1, 5);
    G.alliances['A-USJPKR']!.level = 3;
    expect(deterrence(G, 'KOR', { withoutAmerica: true })).toBeGreaterThan(withoutHub);
  });

  it('9: an exercise makes every link in its theatre count for more', () => {
    const { G } = startedGame();
    const before = deterrence(G, 'SCS');
    G.exercised.push('SCS');
    expect(deterrence(G, 'SCS')).toBeGreaterThan(before);
  });

  it("9: a suspended alliance adds nothing [F40]", () => {
    const { G } = startedGame();
    setForces(G, 'JP', { KOR: 4 });
    G.alliances['A-USJPKR']!.level = 3;
    const on = deterrence(G, 'KOR', { withoutAmerica: true });
    G.alliances['A-USJPKR']!.suspended = 1;
    expect(deterrence(G, 'KOR', { withoutAmerica: true })).toBeLessThan(on);
  });
});

describe('§10 Victory', () => {
  it('10: the network wins at once at +10 on the order track', () => {
    const { G, rng } = startedGame();
    G.tracks.order = 10;
    play(G, rng, 'US', A.card(G.hands.US[0] as string));
    expect(G.result).toMatchObject({ side: 'network', reason: 'order-network' });
    expect(G.step.kind).toBe('over');
  });

  it('10: China wins at once at −10 on the order track', () => {
    const { G, rng } = startedGame();
    G.tracks.order = -10;
    play(G, rng, 'US', A.card(G.hands.US[0] as string));
    expect(G.result).toMatchObject({ side: 'china', reason: 'order-china' });
  });

  it('10: after the last round the side the track leans to wins; a level track goes to China', () => {
    const a = startedGame().G;
    a.round = a.lastRound;
    a.tracks.order = 1;
    for (const t of THEATRES) { a.tension[t] = 5; a.actors.CN!.forces[t] = 0; }
    scoreRound(a);
    expect(a.result?.reason).toBe('final-order');
    const b = startedGame().G;
    endGame(b, b.tracks.order > 0 ? 'network' : 'china', 'final-order');
    expect(b.result?.side).toBe('china');
  });

  it('10: a network win is shared only by seats whose agenda holds, ranked by national interest', () => {
    const { G } = startedGame();
    G.agendas.JP = 'G-JP1';
    G.actors.JP!.defence = 20;
    G.actors.AU!.flags.push('subsRefused');
    G.agendas.AU = 'G-AU1';
    const r = computeResult(G, 'network', 'final-order');
    expect(agendaHolds(G, 'JP')).toBe(true);
    expect(r.winners).toContain('JP');
    expect(r.winners).not.toContain('AU');
    expect(r.ranking[r.ranking.length - 1]).toBe('CN');
  });

  it('10: when China wins, an ally past the hedging line is accommodated: behind China, ahead of the rest', () => {
    const { G } = startedGame();
    G.actors.KR!.chinaTrade = 8;
    const r = computeResult(G, 'china', 'final-order');
    expect(r.accommodated).toEqual(['KR']);
    expect(r.ranking.slice(0, 2)).toEqual(['CN', 'KR']);
  });

  it('10: a finished game accepts no move', () => {
    const { G, rng } = startedGame();
    endGame(G, 'china', 'order-china');
    for (const seat of ['US', 'CN', 'JP'] as const) expect(legalActionsFor(G, seat)).toEqual([]);
    expect(() => play(G, rng, 'US', A.card(G.hands.US[0] as string))).toThrow(/illegal/);
  });
});
