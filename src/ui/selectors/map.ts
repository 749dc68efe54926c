// The map's view model, built from what the seat at the screen may see (a PlayerView) and the
// legal actions of that seat. The Pixi scene draws only this.
import {
  ACTORS, RULES, THEATRES, deterrence, liveDeck, pressure, type Action, type ActorId, type PlayerView,
  type TheatreId,
} from '../../game';
import type { ActorView, LinkView, MapViewModel, TheatreView } from '../../render/view-model';
import { actorColour } from './palette';

export interface MapOptions {
  withoutAmerica?: boolean;
  highlight?: readonly string[];
}

/** The targets the current legal actions offer (chooseTarget arguments). */
export function selectableTargets(legal: readonly Action[]): Set<string> {
  return new Set(legal.filter((a) => a.move === 'chooseTarget').map((a) => a.args[0] as string));
}

export function theatreViews(view: PlayerView, legal: readonly Action[], withoutAmerica = false): TheatreView[] {
  const targets = selectableTargets(legal);
  const crisisAt = view.crisis?.theatre ?? (view.step.kind === 'commit' ? view.step.theatre : null);
  return THEATRES.map((t: TheatreId) => {
    const forces: Partial<Record<ActorId, number>> = {};
    for (const a of ACTORS) {
      const n = view.actors[a]?.forces[t] ?? 0;
      if (n > 0) forces[a] = n;
    }
    return {
      id: t,
      name: RULES.theatres[t]?.name ?? t,
      tension: view.tension[t],
      pressure: pressure(view, t),
      deterrence: deterrence(view, t, { withoutAmerica }),
      crisis: crisisAt === t,
      selectable: targets.has(t),
      forces,
      exercised: view.exercised.includes(t),
    };
  });
}

export function actorViews(view: PlayerView, legal: readonly Action[]): ActorView[] {
  const targets = selectableTargets(legal);
  return ACTORS.map((a) => ({
    id: a,
    name: RULES.actors[a]?.name ?? a,
    colour: actorColour(a),
    side: RULES.actors[a]?.side ?? 'neutral',
    aligned: view.actors[a]?.aligned ?? true,
    selectable: targets.has(a),
  }));
}

/** Alliances in play (level 1 or more), as links between their members' capitals. */
export function linkViews(view: PlayerView): LinkView[] {
  return Object.entries(view.alliances)
    .filter(([, st]) => st.level > 0)
    .map(([id, st]) => {
      const card = RULES.alliances[id];
      return {
        id,
        name: card?.name ?? id,
        kind: card?.kind ?? 'minilateral',
        level: st.level,
        suspended: st.suspended > 0,
        members: [...(card?.members ?? [])],
      };
    });
}

export function buildMapViewModel(view: PlayerView, legal: readonly Action[], opts: MapOptions = {}): MapViewModel {
  const withoutAmerica = opts.withoutAmerica ?? false;
  return {
    theatres: theatreViews(view, legal, withoutAmerica),
    actors: actorViews(view, legal),
    links: linkViews(view),
    withoutAmerica,
    highlight: [...(opts.highlight ?? [])],
    washington: {
      administration: view.administration,
      election: view.tracks.election,
      liveDeck: liveDeck(view),
      reliability: view.tracks.reliability,
      troops: view.tracks.troops,
    },
    europe: { ukraine: view.tracks.ukraine },
  };
}
