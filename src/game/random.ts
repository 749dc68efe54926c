// Randomness. Game code draws only through `Rng.number()`: in boardgame.io that is the seeded
// `random.Number()` of the move context (server side, since every move is client: false); on
// the pure path (bots, simulator, tests) it is `SeededRng`, the same Alea generator that
// boardgame.io 0.50.2 inlines from seedrandom, kept step for step so both paths give the same
// game for the same seed.

export interface Rng {
  /** a float in [0, 1) */
  number(): number;
}

interface AleaState { c: number; s0: number; s1: number; s2: number }

function mash(): (data: string) => number {
  let n = 0xefc8249d;
  return (data) => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * 2.3283064365386963e-10;
  };
}

function seedAlea(seed: string): AleaState {
  const m = mash();
  const s = { c: 1, s0: m(' '), s1: m(' '), s2: m(' ') };
  for (const k of ['s0', 's1', 's2'] as const) {
    s[k] -= m(seed);
    if (s[k] < 0) s[k] += 1;
  }
  return s;
}

/** The pure-path generator: the same sequence as boardgame.io's `random.Number()` for a seed. */
export class SeededRng implements Rng {
  private readonly state: AleaState;
  constructor(seed: string) {
    this.state = seedAlea(seed);
  }
  number(): number {
    const s = this.state;
    const t = 2091639 * s.s0 + s.c * 2.3283064365386963e-10;
    s.s0 = s.s1;
    s.s1 = s.s2;
    s.c = Math.trunc(t);
    s.s2 = t - s.c;
    return s.s2;
  }
}

/** A uniform integer in 1..sides. */
export const rollDie = (rng: Rng, sides = 6): number => Math.floor(rng.number() * sides) + 1;

/** Fisher–Yates in place. */
export function shuffleInPlace<T>(rng: Rng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.number() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
}

/** Picks one element uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng.number() * items.length)] as T;
}
