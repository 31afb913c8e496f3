/**
 * Full-page screenshots, the pure part (issue 11): which scroll positions to capture, which of them
 * show the page's fixed and sticky elements, where each captured tile goes in the stitched picture,
 * and how long the browser lets it take. Pure: numbers in, numbers out (tests/unit/capture/plan.test.ts).
 *
 * Units: the page is planned in CSS pixels; the picture is drawn in device pixels (CSS × `scale`, the
 * captured tile's width over the viewport's CSS width, which is the device pixel ratio as the browser
 * rounded it). Rows are rounded at their edges, so neighbouring slices never overlap or leave a gap.
 */

/** What the page says about itself just before a capture (CSS pixels). */
export interface PageMetrics {
  /** The viewport without scrollbars (documentElement.clientWidth/Height): what one tile shows. */
  viewportWidth: number;
  viewportHeight: number;
  /** The window's inner size (innerWidth/Height, scrollbars included): what the browser captures. */
  windowWidth: number;
  windowHeight: number;
  /** The whole document's height (scrollHeight). */
  pageHeight: number;
  /** Where the buyer had scrolled: restored afterwards. */
  scrollX: number;
  scrollY: number;
  devicePixelRatio: number;
}

/**
 * The tallest stitched picture, in CSS and in device pixels. Chromium's canvases stop at 32,767 px a
 * side (and ~268 M pixels); Firefox's at 32,767 too. 20,000 CSS px is a long Kaspi product page three
 * times over (the real fixtures are 4,000–7,000 px) and takes ~11 s at 2 captures a second; a longer page
 * is cut there and the buyer is told so (`cut`).
 */
export const MAX_CSS_HEIGHT = 20_000;
export const MAX_DEVICE_HEIGHT = 32_000;
/** And at most this many pixels in all (width × height, device pixels): ~1 GB of RGBA would not do. */
export const MAX_DEVICE_PIXELS = 120_000_000;

export interface Tile {
  index: number;
  /** The page row this tile starts at (CSS px): where it goes in the picture. */
  top: number;
  /** Where to scroll: `top`, except for the last tile, which the browser stops at the page's end. */
  scrollY: number;
  /** Fixed and sticky elements are hidden for every tile after the first (a header is shown once). */
  hideFixed: boolean;
}

export interface TilePlan {
  tiles: Tile[];
  /** The picture's height in CSS px: the page's height, or less when it was cut. */
  height: number;
  /** The page was taller than the picture may be. */
  cut: boolean;
}

/** The CSS height a picture of this width at this scale may have. */
export function maxCaptureHeight(viewportWidth: number, scale: number): number {
  const byDevice = Math.floor(MAX_DEVICE_HEIGHT / scale);
  const byPixels = Math.floor(MAX_DEVICE_PIXELS / (Math.max(1, viewportWidth) * scale * scale));
  return Math.max(1, Math.min(MAX_CSS_HEIGHT, byDevice, byPixels));
}

/** Tiles from the top of the page down, one viewport apart; the last is scrolled to the page's end. */
export function planTiles(m: PageMetrics, scale: number = m.devicePixelRatio): TilePlan {
  const vh = Math.max(1, Math.floor(m.viewportHeight));
  const pageHeight = Math.max(vh, Math.ceil(m.pageHeight));
  const limit = maxCaptureHeight(m.viewportWidth, scale);
  const height = Math.min(pageHeight, limit);
  const maxScroll = pageHeight - vh;
  const tiles: Tile[] = [];
  for (let top = 0, index = 0; top < height; top += vh, index++) {
    tiles.push({ index, top, scrollY: Math.min(top, maxScroll), hideFixed: index > 0 });
  }
  return { tiles, height, cut: pageHeight > height };
}

/** One draw: from the tile (source, device px) to the picture (destination, device px). */
export interface Slice {
  sx: number;
  sy: number;
  width: number;
  /** Rows taken from the tile, and rows drawn (the same, or one more where rounding fell short). */
  height: number;
  dy: number;
  dh: number;
}

/**
 * Where a captured tile goes. `actualScrollY` is where the page really was when the tile was taken (a
 * page may refuse to scroll as far as asked); `tileSize` is the captured bitmap's size (device px).
 * Null when the tile shows none of the rows it should (the page scrolled elsewhere): the caller fails.
 */
export function sliceOf(
  tile: Tile,
  plan: Pick<TilePlan, 'height'>,
  viewport: { width: number; height: number },
  actualScrollY: number,
  tileSize: { width: number; height: number },
  scale: number,
): Slice | null {
  const bottom = Math.min(tile.top + viewport.height, plan.height);
  const offset = tile.top - actualScrollY; // rows of this tile above its part
  if (offset < 0 || offset >= viewport.height || bottom <= tile.top) return null;
  const dy = Math.round(tile.top * scale);
  const dyEnd = Math.round(bottom * scale);
  const wanted = dyEnd - dy;
  const sy = Math.round(offset * scale);
  const height = Math.min(wanted, tileSize.height - sy);
  const width = Math.min(Math.round(viewport.width * scale), tileSize.width);
  if (height <= 0 || width <= 0) return null;
  // With a fractional ratio a tile can be a device row short of its slice (916.25 px captured as 916):
  // that row is drawn stretched, so no gap is left. A page that really ended earlier is not stretched.
  const dh = wanted - height <= Math.ceil(scale) ? wanted : height;
  return { sx: 0, sy, width, height, dy, dh };
}

/** The stitched picture's size in device px. */
export function pictureSize(
  plan: Pick<TilePlan, 'height'>,
  viewportWidth: number,
  scale: number,
): { width: number; height: number } {
  return { width: Math.round(viewportWidth * scale), height: Math.round(plan.height * scale) };
}

/**
 * The captured tile's scale: its width in device px over the window's CSS width (scrollbar included,
 * as captured). The page's devicePixelRatio when they agree (rounding aside); else what was measured
 * (a zoomed or emulated page).
 */
export function scaleOf(tileWidth: number, windowWidth: number, devicePixelRatio: number): number {
  if (!(tileWidth > 0) || !(windowWidth > 0)) return devicePixelRatio;
  const measured = tileWidth / windowWidth;
  return Math.abs(measured - devicePixelRatio) < 0.02 ? devicePixelRatio : measured;
}

/**
 * Chrome allows `tabs.MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND` captures a second (2 in Chrome 156);
 * Firefox has no such limit. Captures are spaced by this much (and a little more, for the clock).
 */
export const DEFAULT_CAPTURES_PER_SECOND = 2;
export function captureIntervalMs(perSecond: number | undefined): number {
  const n = perSecond && perSecond > 0 ? perSecond : DEFAULT_CAPTURES_PER_SECOND;
  return Math.ceil(1000 / n) + 25;
}

/** The browser's own bound for a full page: ceil(h / vh) captures at 2 a second (issue 11). */
export function fullPageBoundMs(pageHeight: number, viewportHeight: number, perSecond = 2): number {
  return (Math.ceil(pageHeight / viewportHeight) / perSecond) * 1000;
}
/** The goal: ≤ 1.2 × that bound + 0.5 s. */
export function fullPageGoalMs(pageHeight: number, viewportHeight: number, perSecond = 2): number {
  return fullPageBoundMs(pageHeight, viewportHeight, perSecond) * 1.2 + 500;
}
