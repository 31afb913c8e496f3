import { describe, expect, it } from 'vitest';
import {
  MAX_CSS_HEIGHT,
  captureIntervalMs,
  fullPageBoundMs,
  fullPageGoalMs,
  pictureSize,
  planTiles,
  scaleOf,
  sliceOf,
  type PageMetrics,
} from '@/utils/capture/plan';

const page = (over: Partial<PageMetrics> = {}): PageMetrics => ({
  viewportWidth: 1265,
  viewportHeight: 900,
  windowWidth: 1280,
  windowHeight: 900,
  pageHeight: 2500,
  scrollX: 0,
  scrollY: 300,
  devicePixelRatio: 1,
  ...over,
});

/** Every slice of a plan, as the stitcher draws it, with a page that scrolls exactly as asked. */
function slices(m: PageMetrics, scale = m.devicePixelRatio) {
  const plan = planTiles(m, scale);
  const viewport = { width: m.viewportWidth, height: m.viewportHeight };
  const tile = { width: Math.round(m.windowWidth * scale), height: Math.round(m.windowHeight * scale) };
  return {
    plan,
    slices: plan.tiles.map((t) => sliceOf(t, plan, viewport, t.scrollY, tile, scale)),
    size: pictureSize(plan, m.viewportWidth, scale),
  };
}

describe('planTiles (golden)', () => {
  it('2,500 px at a 900 px viewport: three tiles, the last scrolled to the page end', () => {
    expect(planTiles(page())).toEqual({
      tiles: [
        { index: 0, top: 0, scrollY: 0, hideFixed: false },
        { index: 1, top: 900, scrollY: 900, hideFixed: true },
        { index: 2, top: 1800, scrollY: 1600, hideFixed: true },
      ],
      height: 2500,
      cut: false,
    });
  });
  it('a page no taller than the viewport: one tile, fixed elements shown', () => {
    expect(planTiles(page({ pageHeight: 600 }))).toEqual({
      tiles: [{ index: 0, top: 0, scrollY: 0, hideFixed: false }],
      height: 900,
      cut: false,
    });
  });
  it('an exact multiple: no empty last tile', () => {
    expect(planTiles(page({ pageHeight: 1800 })).tiles.map((t) => t.scrollY)).toEqual([0, 900]);
  });
  it('10,000 px at 900 px: 12 tiles (the issue’s example), ~6 s at 2 a second', () => {
    const plan = planTiles(page({ pageHeight: 10_000 }));
    expect(plan.tiles).toHaveLength(12);
    expect(plan.tiles.at(-1)).toEqual({ index: 11, top: 9900, scrollY: 9100, hideFixed: true });
    expect(fullPageBoundMs(10_000, 900)).toBe(6000);
    expect(fullPageGoalMs(10_000, 900)).toBe(7700);
  });
  it('cuts a page taller than the cap, and says so', () => {
    const plan = planTiles(page({ pageHeight: 50_000 }));
    expect(plan).toMatchObject({ height: MAX_CSS_HEIGHT, cut: true });
    expect(plan.tiles).toHaveLength(Math.ceil(MAX_CSS_HEIGHT / 900));
    // Not cut at the page end: the last tile scrolls to its own top.
    expect(plan.tiles.at(-1)!.scrollY).toBe(plan.tiles.at(-1)!.top);
  });
  it('at 3× the pixel budget cuts earlier (120 M device px)', () => {
    const plan = planTiles(page({ pageHeight: 20_000, devicePixelRatio: 3 }), 3);
    expect(plan.height).toBe(10_540); // 120e6 / (1265 × 9)
    expect(plan.cut).toBe(true);
  });
});

describe('sliceOf (golden)', () => {
  it('dpr 1: full tiles, then the last tile’s bottom 700 rows', () => {
    const { slices: s, size } = slices(page());
    expect(s).toEqual([
      { sx: 0, sy: 0, width: 1265, height: 900, dy: 0, dh: 900 },
      { sx: 0, sy: 0, width: 1265, height: 900, dy: 900, dh: 900 },
      { sx: 0, sy: 200, width: 1265, height: 700, dy: 1800, dh: 700 },
    ]);
    expect(size).toEqual({ width: 1265, height: 2500 });
  });
  it('dpr 2: device pixels, the same cut', () => {
    const { slices: s, size } = slices(page({ devicePixelRatio: 2 }));
    expect(s).toEqual([
      { sx: 0, sy: 0, width: 2530, height: 1800, dy: 0, dh: 1800 },
      { sx: 0, sy: 0, width: 2530, height: 1800, dy: 1800, dh: 1800 },
      { sx: 0, sy: 400, width: 2530, height: 1400, dy: 3600, dh: 1400 },
    ]);
    expect(size).toEqual({ width: 2530, height: 5000 });
  });
  it('dpr 1.25 with odd sizes: slices meet exactly and fill the picture', () => {
    const m = page({ viewportHeight: 733, windowHeight: 733, pageHeight: 2999, devicePixelRatio: 1.25 });
    const { slices: s, size } = slices(m);
    let y = 0;
    for (const slice of s) {
      expect(slice!.dy).toBe(y);
      expect(slice!.dh - slice!.height).toBeLessThanOrEqual(1);
      y += slice!.dh;
    }
    expect(y).toBe(size.height);
    expect(size.height).toBe(Math.round(2999 * 1.25));
  });
  it('a page that stopped short of where it was asked to scroll: the rows still line up', () => {
    const m = page();
    const plan = planTiles(m);
    const tile = plan.tiles[2]!;
    // The page ended 50 px earlier than measured: it stopped at 1550 instead of 1600.
    expect(sliceOf(tile, plan, { width: 1265, height: 900 }, 1550, { width: 1280, height: 900 }, 1)).toEqual({
      sx: 0,
      sy: 250,
      width: 1265,
      height: 650,
      dy: 1800,
      dh: 650,
    });
  });
  it('a page that scrolled away (not showing the tile’s rows): null', () => {
    const plan = planTiles(page());
    const vp = { width: 1265, height: 900 };
    const t = { width: 1280, height: 900 };
    expect(sliceOf(plan.tiles[1]!, plan, vp, 0, t, 1)).toBeNull(); // still at the top
    expect(sliceOf(plan.tiles[1]!, plan, vp, 1000, t, 1)).toBeNull(); // past it
  });
});

describe('rate and scale', () => {
  it('spaces captures by Chrome’s 2 a second (and 2 when the browser does not say)', () => {
    expect(captureIntervalMs(2)).toBe(525);
    expect(captureIntervalMs(undefined)).toBe(525);
    expect(captureIntervalMs(4)).toBe(275);
  });
  it('takes the page’s devicePixelRatio unless the tile says otherwise', () => {
    expect(scaleOf(2560, 1280, 2)).toBe(2);
    expect(scaleOf(1600, 1280, 1.25)).toBe(1.25);
    expect(scaleOf(1280, 1280, 2)).toBe(1); // an emulated ratio the capture does not have
    expect(scaleOf(0, 1280, 2)).toBe(2);
  });
});
