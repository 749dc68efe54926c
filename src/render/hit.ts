// Hit testing in design pixels over the map asset: which theatre or which actor's land is under a
// point. Pure (no Pixi): the scene converts screen to world and asks here.
import type { MapAsset } from '../geo/asset';
import { inBox, pointInPolygon, pointInRing, ringBox, type Box } from '../geo/polygon';

export interface HitIndex {
  theatreAt(x: number, y: number): string | null;
  actorAt(x: number, y: number): string | null;
}

export function createHitIndex(asset: MapAsset): HitIndex {
  const theatres = asset.theatres.map((t) => ({ id: t.id, ring: t.ring, box: ringBox(t.ring) }));
  const land: Array<{ actor: string; rings: number[][]; box: Box }> = [];
  for (const c of asset.countries) {
    if (!c.actor) continue;
    for (const p of c.polygons) land.push({ actor: c.actor, rings: p, box: ringBox(p[0]!) });
  }
  return {
    theatreAt(x, y) {
      // later theatres are drawn on top; search from the top
      for (let i = theatres.length - 1; i >= 0; i--) {
        const t = theatres[i]!;
        if (inBox(x, y, t.box) && pointInRing(x, y, t.ring)) return t.id;
      }
      return null;
    },
    actorAt(x, y) {
      for (const l of land) if (inBox(x, y, l.box) && pointInPolygon(x, y, l.rings)) return l.actor;
      return null;
    },
  };
}
