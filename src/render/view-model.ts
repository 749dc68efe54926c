// What the map draws: a plain description built by the UI from the game state (src/ui
// selectors). The Pixi scene never sees the game state or boardgame.io, only this.
import type { ActorId, TheatreId } from '../game/ids';

export type LinkKind = 'treaty' | 'minilateral' | 'partnership';

export interface TheatreView {
  id: TheatreId;
  name: string;
  tension: number;
  /** China's pressure: tension + its forces there */
  pressure: number;
  /** the network's deterrence as shown (with or without America, per `withoutAmerica`) */
  deterrence: number;
  /** a crisis is on here now */
  crisis: boolean;
  /** the current step offers this theatre as a choice */
  selectable: boolean;
  /** forces by actor */
  forces: Partial<Record<ActorId, number>>;
  exercised: boolean;
}

export interface ActorView {
  id: ActorId;
  name: string;
  colour: string;
  side: 'network' | 'china' | 'neutral';
  /** its government is with the network (false: hedging) */
  aligned: boolean;
  selectable: boolean;
}

export interface LinkView {
  /** alliance card id */
  id: string;
  name: string;
  kind: LinkKind;
  level: number;
  suspended: boolean;
  /** pairs of actors to draw a curve between (capital to capital) */
  members: ActorId[];
}

export interface MapViewModel {
  theatres: TheatreView[];
  actors: ActorView[];
  links: LinkView[];
  /** "the network without America": the hub's links and forces are drawn faded */
  withoutAmerica: boolean;
  /** ids to highlight (hovered in the log, say) */
  highlight: string[];
  /** off-map panels */
  washington: { administration: string; election: number; liveDeck: string; reliability: number; troops: number };
  europe: { ukraine: number };
}

export interface MapCallbacks {
  onTheatreClick?: (id: TheatreId) => void;
  onActorClick?: (id: ActorId) => void;
  onHover?: (id: string | null) => void;
}
