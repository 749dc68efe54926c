// The article's test [F45, F46]: at the start of every scenario the network's deterrence
// falls without America in every theatre, the allies alone are weaker than China, and with
// every self-help option taken they come closer without reaching balance.
import { describe, expect, it } from 'vitest';
import { RULES, THEATRES, alliesPowerRatio, createInitialState, networkWithoutAmerica } from '../../src/game';
import { selfHelp } from '../../src/sim/self-help';

describe.each(Object.keys(RULES.scenarios))('scenario %s at its start', (scenario) => {
  const G = createInitialState(6, { scenario });
  const table = networkWithoutAmerica(G);

  it.each([...THEATRES])('deterrence in %s is lower without America than with it', (t) => {
    expect(table[t].without).toBeLessThan(table[t].with);
  });

  it('the allies alone are weaker than China', () => {
    expect(alliesPowerRatio()).toBeLessThan(1);
    expect(selfHelp(scenario).start.aloneRatio).toBeLessThan(1);
  });

  it('every self-help option brings the allies closer to China, but not to balance', () => {
    const figure = selfHelp(scenario);
    expect(figure.selfHelp.aloneRatio).toBeGreaterThan(figure.start.aloneRatio);
    expect(figure.selfHelp.aloneRatio).toBeLessThan(1);
    expect(figure.gapClosed).toBeGreaterThan(0);
  });
});
