// The board's projection built with d3-geo, for the build script and tests (the browser uses the
// hand-written formulas in projection.ts, which a test keeps equal to this).
import { geoMercator, type GeoProjection } from 'd3-geo';
import { CENTRAL_MERIDIAN, DESIGN, SCALE, TRANSLATE } from './projection';

/** Rotated Mercator clipped to the board; no adaptive resampling (vertices are projected as they are). */
export function boardProjection(): GeoProjection {
  return geoMercator()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .scale(SCALE)
    .translate([TRANSLATE[0], TRANSLATE[1]])
    .precision(0)
    .clipExtent([
      [0, 0],
      [DESIGN.width, DESIGN.height],
    ]);
}
