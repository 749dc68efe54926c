// The table's colours: a colour-blind-safe set (Okabe & Ito) for the actors and sides, always
// paired with a code, an icon or a pattern on screen so that colour never carries meaning alone.
import type { ActorId } from '../../game';

export const ACTOR_COLOURS: Record<ActorId, string> = {
  US: '#0072B2', // blue
  CN: '#D55E00', // vermilion
  JP: '#CC79A7', // reddish purple
  KR: '#009E73', // bluish green
  AU: '#E69F00', // orange
  PH: '#56B4E9', // sky blue
  TW: '#F0E442', // yellow
  TH: '#8C8C8C', // grey
  KP: '#5B4636', // dark brown
  UK: '#3B5B92', // slate blue
  IN: '#6E8B3D', // olive
  RU: '#7A3B2E', // dark rust
};


/** An icon for each side, so a card's side never rests on its colour. */
export const SIDE_ICONS = { network: '◆', china: '▲', neutral: '●' } as const;

export const actorColour = (id: string): string => ACTOR_COLOURS[id as ActorId] ?? '#6B6B6B';
