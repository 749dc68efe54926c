// The balance targets of the open-election scenario (issue 6), checked against a summary and
// an ablation. A target is met when its observed figure lies in range.
import type { Summary } from './stats';
import { ABLATION_LIMIT, type AblationResult } from './ablation';

export interface TargetCheck {
  target: string;
  observed: string;
  met: boolean;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const within = (x: number, lo: number, hi: number) => x >= lo && x <= hi;

export const MIN_CARD_PLAY = 0.05;
/** Games a scenario is measured on, at least (issue 6). */
export const MIN_SCENARIO_GAMES = 2000;

/** Said after a scenario's game count when it is below MIN_SCENARIO_GAMES. */
export const fewerGames = (games: number): string =>
  games < MIN_SCENARIO_GAMES ? ` (**fewer than the ${MIN_SCENARIO_GAMES} asked for: a part measured so far**)` : '';

/** `pending`: how many cards' ablation is not measured yet (the target is then not met). */
export function checkTargets(s: Summary, ablation: readonly AblationResult[], pending = 0): TargetCheck[] {
  const checks: TargetCheck[] = [
    { target: 'China wins 35–55% overall', observed: pct(s.chinaWins.p), met: within(s.chinaWins.p, 0.35, 0.55) },
  ];
  for (const adm of ['americaFirst', 'continuity'] as const) {
    const r = s.chinaWinsUnder[adm];
    checks.push({ target: `China wins 25–70% under ${adm}`, observed: r ? `${pct(r.p)} of ${r.n}` : 'no games', met: !!r && within(r.p, 0.25, 0.7) });
  }
  checks.push({ target: 'the election goes America First in 25–75% of games', observed: pct(s.americaFirst.p), met: within(s.americaFirst.p, 0.25, 0.75) });
  checks.push({ target: 'an immediate victory ends 5–25% of games', observed: pct(s.immediate.p), met: within(s.immediate.p, 0.05, 0.25) });
  const rare = Object.entries(s.cards).filter(([, u]) => u.any.p < MIN_CARD_PLAY);
  checks.push({
    target: `every card is played in at least ${pct(MIN_CARD_PLAY)} of games`,
    observed: rare.length ? `${rare.length} below: ${rare.map(([id, u]) => `${id} ${pct(u.any.p)}`).join(', ')}` : 'all',
    met: rare.length === 0,
  });
  const big = ablation.filter((a) => Math.abs(a.change.mean) > ABLATION_LIMIT);
  const observed = ablation.length === 0 ? (pending > 0 ? `not measured yet (${pending} cards)` : 'not measured') : big.length ? `${big.length} above: ${big.map((a) => `${a.card} ${(100 * a.change.mean).toFixed(1)}`).join(', ')}` : `largest ${(100 * Math.max(...ablation.map((a) => Math.abs(a.change.mean)))).toFixed(1)} points`;
  checks.push({
    target: `no card's removal moves its side's win rate by more than ${Math.round(100 * ABLATION_LIMIT)} points`,
    observed: pending > 0 && ablation.length > 0 ? `${observed} of ${ablation.length} cards measured; ${pending} not measured yet` : observed,
    met: ablation.length > 0 && big.length === 0 && pending === 0,
  });
  return checks;
}
