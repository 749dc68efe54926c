// The board's projection: Mercator rotated to 135°E, framing 62°E–152°W and 48°S–56°N.
import { describe, expect, it } from 'vitest';
import { boardProjection } from '../../src/geo/d3';
import { CENTRAL_MERIDIAN, DESIGN, FRAME, onBoard, project, unproject } from '../../src/geo/projection';

const inside = (lon: number, lat: number) => onBoard(project(lon, lat));

describe('the board projection', () => {
  it('is centred on 135°E with a 2000 px wide design size', () => {
    expect(CENTRAL_MERIDIAN).toBe(135);
    expect(DESIGN.width).toBe(2000);
    expect(DESIGN.height).toBeGreaterThan(1600);
    expect(DESIGN.height).toBeLessThan(1750);
  });

  it('maps the frame to the edges of the design rectangle', () => {
    expect(project(FRAME.west, 0).x).toBeCloseTo(0, 6);
    expect(project(FRAME.east, 0).x).toBeCloseTo(DESIGN.width, 6);
    expect(project(-152, 0).x).toBeCloseTo(DESIGN.width, 6); // 152°W is 208°E
    expect(Math.abs(project(135, FRAME.north).y)).toBeLessThan(1);
    expect(Math.abs(project(135, FRAME.south).y - DESIGN.height)).toBeLessThan(1);
  });

  it.each([
    ['Tokyo', 139.69, 35.69],
    ['Canberra', 149.13, -35.28],
    ["Delhi's longitude", 77.21, 28.61],
    ["Delhi's longitude on the equator", 77.21, 0],
    ["Honolulu's longitude", -157.86, 21.31],
    ['Guam', 144.79, 13.44],
    ['Okinawa', 127.8, 26.3],
    ['Taipei', 121.56, 25.03],
    ['Beijing', 116.4, 39.9],
    ['Hobart', 147.33, -42.88],
    ['Sapporo', 141.35, 43.06],
  ])('puts %s on the board', (_name, lon, lat) => {
    expect(inside(lon, lat)).toBe(true);
  });

  it.each([
    ['Washington', -77.04, 38.9],
    ['London', -0.13, 51.5],
    ['Moscow', 37.62, 55.75],
    ['Anchorage', -149.9, 61.2],
  ])('leaves %s off the board', (_name, lon, lat) => {
    expect(inside(lon, lat)).toBe(false);
  });

  it('runs east to the right and north up', () => {
    expect(project(140, 0).x).toBeGreaterThan(project(130, 0).x);
    expect(project(-170, 0).x).toBeGreaterThan(project(170, 0).x); // across the antimeridian
    expect(project(135, 30).y).toBeLessThan(project(135, 10).y);
  });

  it('inverts', () => {
    for (const [lon, lat] of [[100, 10], [150, -30], [-160, 20], [70, 50]] as const) {
      const p = project(lon, lat);
      const [l2, f2] = unproject(p.x, p.y);
      expect(l2).toBeCloseTo(lon, 9);
      expect(f2).toBeCloseTo(lat, 9);
    }
  });

  it('agrees with d3-geo (which the build script uses) to a millionth of a pixel', () => {
    const d3 = boardProjection();
    for (let lon = 65; lon < 205; lon += 7) {
      for (let lat = -45; lat < 55; lat += 6) {
        const [x, y] = d3([lon, lat])!;
        const p = project(lon, lat);
        expect(Math.abs(x - p.x)).toBeLessThan(1e-6);
        expect(Math.abs(y - p.y)).toBeLessThan(1e-6);
      }
    }
  });
});
