// The bots' fast reading of deterrence (src/bots/balance.ts, remembered per set of links) must
// give exactly the engine's figure in every theatre, in every state a game passes through.
import { describe, expect, it } from 'vitest';
import { THEATRES, deterrence, pressure } from '../../src/game';
import { greedyBot, randomBot } from '../../src/bots';
import { theatreBalances } from '../../src/bots/balance';
import { playGame } from '../../src/sim/play';

describe('theatreBalances', () => {
  for (const [name, bot] of [['greedy', greedyBot], ['random', randomBot]] as const) {
    it(`equals the engine's deterrence and pressure along whole games of ${name} bots`, () => {
      let checked = 0;
      for (const scenario of ['spring-2024', 'class-election']) {
        playGame({
          seed: `balance-memo-${name}-${scenario}`, players: 6, scenario, bot,
          onAction: (G) => {
            const fast = theatreBalances(G);
            THEATRES.forEach((t, i) => {
              expect(fast[i]).toEqual({ theatre: t, deterrence: deterrence(G, t), pressure: pressure(G, t) });
            });
            checked += 1;
          },
        });
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});
