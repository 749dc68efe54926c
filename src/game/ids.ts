// The fixed vocabulary of the game: actors, theatres, tracks and the names of steps.
// Everything else (cards, alliances, agendas, scenarios) is data under rules/.

export const SEATS = ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const;
export type SeatId = (typeof SEATS)[number];

/** Network seats in the order they act in an action round. */
export const NETWORK_SEATS = ['US', 'JP', 'KR', 'AU', 'PH'] as const satisfies readonly SeatId[];
export type NetworkSeatId = (typeof NETWORK_SEATS)[number];
export const ALLY_SEATS = ['JP', 'KR', 'AU', 'PH'] as const satisfies readonly SeatId[];

/** Actors that are not seats: partners and outsiders, moved by events and rules. */
export const PARTNERS = ['TW', 'TH', 'KP', 'UK', 'IN', 'RU'] as const;
export const ACTORS = [...SEATS, ...PARTNERS] as const;
export type ActorId = (typeof ACTORS)[number];

export const THEATRES = ['KOR', 'ECS', 'TWN', 'SCS', 'WPAC', 'SEA', 'OCE'] as const;
export type TheatreId = (typeof THEATRES)[number];

/** Per-actor tracks, each 0..10 unless bounds say otherwise (see bounds.ts). */
export const ACTOR_TRACKS = ['defence', 'opinion', 'economy', 'chinaTrade', 'credibility', 'insurance', 'nip'] as const;
export type ActorTrack = (typeof ACTOR_TRACKS)[number];

/** Global tracks. */
export const GLOBAL_TRACKS = ['order', 'election', 'reliability', 'ukraine', 'troops', 'taiwanDefence', 'round'] as const;
export type GlobalTrack = (typeof GLOBAL_TRACKS)[number];

export const FLAGS = ['nuclear', 'fiveEyes', 'infoSecurity', 'subsRefused'] as const;
export type Flag = (typeof FLAGS)[number];

export const POLITICS_DECKS = ['moshi', 'hobo', 'mo', 'continuity'] as const;
export type PoliticsDeck = (typeof POLITICS_DECKS)[number];

export const ADMINISTRATIONS = ['undecided', 'americaFirst', 'continuity'] as const;
export type Administration = (typeof ADMINISTRATIONS)[number];

export const OPS = ['build', 'exercise', 'alliance', 'lobby', 'trade', 'reassure', 'coerce', 'pressure'] as const;
export type OpKind = (typeof OPS)[number];

export const SWEETENERS = ['none', 'coFundedForce', 'tradeConcession', 'technology'] as const;
export type Sweetener = (typeof SWEETENERS)[number];

export const BUDGET_CHOICES = ['raiseOpinion', 'raiseEconomy', 'hold', 'cut', 'nuclear'] as const;
export type BudgetChoice = (typeof BUDGET_CHOICES)[number];

export const ACCEPT_REASONS = ['deters-china', 'agenda', 'sweetener', 'trust-hub'] as const;
export const REFUSE_REASONS = ['provokes-china', 'cost', 'distrust-hub', 'agenda'] as const;
export type AnswerReason = (typeof ACCEPT_REASONS)[number] | (typeof REFUSE_REASONS)[number];

export const isSeat = (a: string): a is SeatId => (SEATS as readonly string[]).includes(a);
export const isNetworkSeat = (a: string): a is NetworkSeatId => (NETWORK_SEATS as readonly string[]).includes(a);
export const isTheatre = (t: unknown): t is TheatreId => typeof t === 'string' && (THEATRES as readonly string[]).includes(t);
