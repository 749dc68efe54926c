// A human label for every legal action in every step, the prompt line of the step and the
// waiting line for the other seats. The UI never decides what is legal: it labels exactly the
// actions `legalActions` offers, in the order it offers them.
import {
  BUDGET_STEP, RULES, awaitedActors, deterrence, deterrenceBreakdown,
  type Action, type ActorState, type OpKind, type PlayerView, type SeatId, type Step, type TheatreId,
} from '../../game';
import {
  BUDGET_LABELS, OP_NAMES, REASON_PHRASES, SWEETENER_LABELS, SWEETENER_NAMES, actorName, cardTitle, isTheatreId,
  levelName, listNames, percentOfGdp, theTheatre,
} from './names';

export interface ActionLabel {
  /** what the button says */
  label: string;
  /** a second, smaller line: what it costs or does */
  hint?: string;
  /** how the button is styled: an accept, a refusal, a step back, or a plain choice */
  tone: 'choice' | 'accept' | 'refuse' | 'back';
}

export interface Prompt {
  /** the line at the top of the prompt bar */
  title: string;
  /** a second line with the numbers that matter for this decision */
  detail?: string;
}

type ActionStep = Extract<Step, { kind: 'action' }>;

const sideOf = (seat: SeatId): 'network' | 'china' => (seat === 'CN' ? 'china' : 'network');

function opsOf(cardId: string | undefined): number {
  return cardId ? (RULES.strategy[cardId]?.ops ?? 0) : 0;
}

/** "the US–Japan–South Korea Trilateral", "the Quad", "AUKUS". */
export function theAlliance(id: string): string {
  const name = RULES.alliances[id]?.name ?? id;
  if (/^(The|A|An) /.test(name)) return name.replace(/^(The|A|An) /, (m) => m.toLowerCase());
  if (/^[A-Z]{3,}\b/.test(name) && !/^US[–-]/.test(name)) return name;
  return `the ${name}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function cardLabel(cardId: string): ActionLabel {
  const strategy = RULES.strategy[cardId];
  if (strategy) {
    const side = strategy.side === 'china' ? 'China' : strategy.side;
    return { label: `Play ${cardTitle(cardId)} (${plural(strategy.ops, 'op')}, ${side})`, tone: 'choice' };
  }
  return { label: `Play ${cardTitle(cardId)} (national card)`, hint: RULES.national[cardId]?.once ? 'once a game' : 'one national card a round', tone: 'choice' };
}

function opHint(op: OpKind, ops: number): string {
  switch (op) {
    case 'build': return `+${Math.ceil(ops / 2)} ${Math.ceil(ops / 2) === 1 ? 'force' : 'forces'} where you may base${ops >= 3 ? '; economy −1' : ''}`;
    case 'exercise': return 'every link +0.25 there this round; tension +1 there';
    case 'alliance': return 'build or upgrade an alliance you belong to; every member must consent';
    case 'lobby': return 'insurance +1 against America-First events';
    case 'trade': return 'economy +1; China trade +1 (exposure to coercion)';
    case 'reassure': return 'reliability +1; credibility +1';
    case 'coerce': return 'an ally: economy −1 (−2 if its China trade is 6+), opinion −1';
    case 'pressure': return `tension +${Math.ceil(ops / 2)} in a theatre`;
  }
}

function theatreHint(view: PlayerView, t: string): string | undefined {
  if (!isTheatreId(t)) return undefined;
  return `tension ${view.tension[t]} · deterrence ${deterrence(view, t)}`;
}

function targetLabel(view: PlayerView, step: ActionStep, target: string): ActionLabel {
  if (step.mode === 'event') {
    if (target === '-') return { label: 'Play the event', tone: 'choice' };
    const where = isTheatreId(target) ? theTheatre(target) : actorName(target);
    return { label: `Aim the event at ${where}`, hint: theatreHint(view, target), tone: 'choice' };
  }
  switch (step.op) {
    case 'build': return { label: `Build forces in ${theTheatre(target)}`, hint: theatreHint(view, target), tone: 'choice' };
    case 'exercise': return { label: `Exercise in ${theTheatre(target)}`, hint: theatreHint(view, target), tone: 'choice' };
    case 'pressure': return { label: `Press ${theTheatre(target)}`, hint: theatreHint(view, target), tone: 'choice' };
    case 'coerce': {
      const st = view.actors[target as SeatId];
      return { label: `Coerce ${actorName(target)}`, hint: st ? `China trade ${st.chinaTrade} · economy ${st.economy} · opinion ${st.opinion}` : undefined, tone: 'choice' };
    }
    case 'alliance': {
      const level = view.alliances[target]?.level ?? 0;
      const members = RULES.alliances[target]?.members ?? [];
      // the level's name goes to the hint: the labels stay short enough for a list in columns
      const hint = `level ${level + 1}: ${levelName(level + 1)} · members: ${listNames(members)}`;
      return level === 0
        ? { label: `Propose ${theAlliance(target)}`, hint, tone: 'choice' }
        : { label: `Upgrade ${theAlliance(target)} to level ${level + 1}`, hint, tone: 'choice' };
    }
    default: return { label: target === '-' ? 'Carry it out' : `Choose ${target}`, tone: 'choice' };
  }
}

/** The label of one legal action of `seat` in the view's current step. */
export function actionLabel(view: PlayerView, seat: SeatId, action: Action): ActionLabel {
  const step = view.step;
  switch (action.move) {
    case 'begin': return { label: 'Begin: shuffle the decks and deal the agendas', tone: 'choice' };
    case 'pass': return { label: 'Pass (no card to play)', tone: 'choice' };
    case 'back': return { label: 'Back', hint: 'choose again', tone: 'back' };
    case 'playCard': return cardLabel(action.args[0]);
    case 'chooseMode': {
      const cardId = step.kind === 'action' ? step.card : undefined;
      if (action.args[0] === 'event') {
        const card = cardId ? RULES.strategy[cardId] : undefined;
        return { label: 'Play it for its event', hint: card?.remove ? 'then it leaves the game' : undefined, tone: 'choice' };
      }
      const card = cardId ? RULES.strategy[cardId] : undefined;
      const opponent = card && card.side !== 'neutral' && card.side !== sideOf(seat);
      return {
        label: 'Play it for operations',
        hint: `${plural(card?.ops ?? 0, 'op')}${opponent ? `; ${card.side === 'china' ? 'China’s' : 'the network’s'} event fires too` : ''}`,
        tone: 'choice',
      };
    }
    case 'chooseOp': {
      const ops = step.kind === 'action' ? opsOf(step.card) : 0;
      return { label: OP_NAMES[action.args[0]], hint: opHint(action.args[0], ops), tone: 'choice' };
    }
    case 'chooseTarget':
      if (step.kind !== 'action') return { label: `Choose ${action.args[0]}`, tone: 'choice' };
      return targetLabel(view, step, action.args[0]);
    case 'chooseSweetener': {
      const s = action.args[0];
      return { label: SWEETENER_LABELS[s], hint: s === 'none' ? 'the proposal stands on its merits' : RULES.sweeteners[s]?.text, tone: 'choice' };
    }
    case 'answer': {
      const [accept, reason] = action.args;
      const phrase = REASON_PHRASES[reason][accept ? 'accept' : 'refuse'];
      return { label: `${accept ? 'Accept' : 'Refuse'} — ${phrase}`, tone: accept ? 'accept' : 'refuse' };
    }
    case 'commit': {
      const n = action.args[0];
      const theatre = step.kind === 'commit' ? step.theatre : null;
      const gain = n > 0 && theatre ? `${commitGain(view, seat, theatre, n)}; ` : '';
      const hint = n === 0 ? 'stay out of the fight' : `${gain}lose ${Math.ceil(n / 2)} if your side loses`;
      return { label: n === 0 ? 'Commit no forces' : `Commit ${plural(n, 'force')}`, hint, tone: 'choice' };
    }
    case 'budget': return { label: BUDGET_LABELS[action.args[0]], hint: budgetHint(action.args[0]), tone: 'choice' };
  }
}

/** Forces sent into a crisis weigh double (5.4): each of China's counts 2, each network force
 *  2 × its seat's link weight to the theatre's host. */
const COMMIT_WEIGHT = 2;

/** What committing `n` forces adds to its side's strength: "network strength +3 (2 × 2 × link weight 0.75)". */
function commitGain(view: PlayerView, seat: SeatId, theatre: TheatreId, n: number): string {
  if (seat === 'CN') return `China’s strength +${COMMIT_WEIGHT * n} (${COMMIT_WEIGHT} a force)`;
  const w = commitWeight(view, seat, theatre);
  return `network strength +${round2(COMMIT_WEIGHT * n * w)} (${COMMIT_WEIGHT} × ${n} × link weight ${w})`;
}

/** A seat's link weight to a theatre's best host, as a crisis counts it: the deterrence that one
 *  of its forces would give there alone (the rules' own breakdown, with every other force away). */
export function commitWeight(view: PlayerView, seat: SeatId, theatre: TheatreId): number {
  const alone = Object.fromEntries(Object.entries(view.actors).map(([id, st]) =>
    [id, { ...st, forces: { ...st.forces, [theatre]: id === seat ? 1 : 0 } }])) as Partial<Record<string, ActorState>>;
  return deterrenceBreakdown({ ...view, actors: alone }, theatre).total;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function budgetHint(choice: Action['args'][0]): string {
  const step = (BUDGET_STEP / 10).toFixed(1);
  switch (choice) {
    case 'raiseOpinion': return `defence +${step}% of GDP; opinion −1`;
    case 'raiseEconomy': return `defence +${step}% of GDP; economy −1`;
    case 'hold': return 'defence stays where it is';
    case 'cut': return `defence −${step}% of GDP; opinion +1`;
    case 'nuclear': return 'own deterrent: +3 forces in Korea; economy −2, credibility −2, tension +2, reliability −1';
    default: return '';
  }
}

/** The prompt line of the current step for the seat that must decide it. */
export function promptFor(view: PlayerView, seat: SeatId): Prompt {
  const step = view.step;
  switch (step.kind) {
    case 'start': return { title: 'Begin the game' };
    case 'over': return { title: 'The game is over' };
    case 'consent': {
      const level = view.alliances[step.alliance]?.level ?? 0;
      const what = level === 0 ? theAlliance(step.alliance) : `to raise ${theAlliance(step.alliance)} to level ${level + 1} (${levelName(level + 1)})`;
      const sweet = step.sweetener === 'none' ? 'with no sweetener' : `offering ${SWEETENER_NAMES[step.sweetener]}`;
      return {
        title: `${actorName(step.proposer)} proposes ${what}: accept or refuse`,
        detail: `${capitalise(sweet)}. Every member must accept; the log keeps your reason. Each upgrade provokes China.`,
      };
    }
    case 'commit': {
      const t = step.theatre;
      const d = deterrence(view, t);
      // 5.4: the strengths before any commitment and the dice
      const china = Math.ceil(view.tension[t] / 3) + Math.ceil((view.actors.CN?.forces[t] ?? 0) / 2);
      return {
        title: `Crisis in ${theTheatre(t)}: commit forces secretly`,
        detail: `Nobody sees the commitments until all are in. Strength before commitments: the network ${d} (its deterrence), China ${china} (a third of tension and half its forces there, rounded up); each side then adds its commitments and 1d6, and ties go to the network.`,
      };
    }
    case 'homeFront': {
      const st = view.actors[seat];
      return {
        title: 'Home front: choose your defence budget secretly',
        detail: st ? `Defence ${percentOfGdp(st.defence)}, opinion ${st.opinion}, economy ${st.economy}. Choices are revealed together.` : undefined,
      };
    }
    case 'action': {
      const round = `Action round ${view.actionRound} of ${view.actionRounds}`;
      if (!step.card) return { title: 'Choose a card to play', detail: `${round}. A card gives its event or its operations; a national card is always its event.` };
      const title = cardTitle(step.card);
      const ops = opsOf(step.card);
      if (!step.mode) return { title: `${title}: play it for its event or for operations`, detail: RULES.strategy[step.card]?.text };
      if (step.mode === 'event') {
        const card = RULES.strategy[step.card] ?? RULES.national[step.card];
        return { title: card?.target === 'ally' ? `${title}: choose an ally for the event` : `${title}: choose a theatre for the event`, detail: card?.text };
      }
      if (!step.op) return { title: `${title}: choose an operation (${plural(ops, 'op')})` };
      switch (step.op) {
        case 'build': return { title: 'Choose where to build forces', detail: opHint('build', ops) };
        case 'exercise': return { title: 'Choose a theatre to exercise in', detail: opHint('exercise', ops) };
        case 'pressure': return { title: 'Choose a theatre to press', detail: opHint('pressure', ops) };
        case 'coerce': return { title: 'Choose an ally to coerce', detail: opHint('coerce', ops) };
        case 'alliance':
          return step.alliance
            ? { title: `Choose a sweetener for ${theAlliance(step.alliance)}`, detail: 'The proposer pays once; each member that accepts gains.' }
            : { title: 'Choose an alliance to propose or upgrade', detail: `A card of ${plural(ops, 'op')} raises an alliance to at most level ${ops}.` };
        default: return { title: `${OP_NAMES[step.op]}` };
      }
    }
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a seat that is not asked anything reads: "Waiting for China…". */
export function waitingLine(view: PlayerView, mine: readonly SeatId[] = []): string {
  const step = view.step;
  if (step.kind === 'over') return 'The game is over.';
  const others = awaitedActors(view).filter((s) => !mine.includes(s));
  if (others.length === 0) return 'Waiting…';
  const who = listNames(others);
  switch (step.kind) {
    case 'commit': return `Waiting for ${who} to commit forces in secret…`;
    case 'homeFront': return `Waiting for ${who} to choose a budget in secret…`;
    case 'consent': return `Waiting for ${who} to answer ${actorName(step.proposer)}’s proposal…`;
    default: return `Waiting for ${who}…`;
  }
}

/** Keyboard shortcut for the n-th action button: 1–9 for choices, Escape for Back. */
export function shortcutFor(actions: readonly Action[], index: number): string | undefined {
  const action = actions[index];
  if (!action) return undefined;
  if (action.move === 'back') return 'Esc';
  const position = actions.slice(0, index + 1).filter((a) => a.move !== 'back').length;
  return position <= 9 ? String(position) : undefined;
}
