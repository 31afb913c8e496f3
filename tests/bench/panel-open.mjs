/**
 * The panel opens fast: a click on the launcher → the panel prefilled and interactive (the panel posts
 * "ready" to its host once the page's facts are in the form and the first field has the focus; the host
 * then shows data-state="ready"), against a blank extension page framed on the same kaspi.kz page in
 * the same run (inserted into the page → its first script has run). Each run is a fresh load of a
 * product page; the two are measured on it one after the other, in alternating order.
 *
 * Always timed from the click event. Three ways to click, in turn run by run:
 * - "pointer": as a hand does it: the pointer comes onto the launcher and rests HOVER_MS before the
 *   press. The launcher starts loading the panel's frame, hidden, when the pointer enters it (or it gets
 *   the keyboard focus): that head start is part of what is measured. Checked against the goal.
 * - "touch": a tap held TOUCH_MS (real touch events through CDP, touch emulation on): the pointer
 *   arrives with the finger, so the head start is the time the finger rests. Checked against the goal.
 * - "direct": the press comes ~1 ms after the pointer arrives (Playwright's own click): no head start,
 *   the panel loads from nothing after the click (a script-like click, or assistive technology that
 *   activates the button without moving the pointer or the focus). Shown beside them, with the floor
 *   (./floors.mjs): React alone rendering a form in a frame.
 *
 * How long people rest: instant.page (https://instant.page, "Intelligent preloading", read 2026-12-01)
 * says a user who has hovered a link for 65 ms clicks it one time out of two, leaving on average over
 * 300 ms before the click, and that on mobile a finger touches the display on average 90 ms before it
 * is released.
 */
/** How long the pointer rests on the launcher before the press: half of instant.page's average. */
export const HOVER_MS = 150;
/** How long the finger rests on the launcher: instant.page's average on mobile. */
export const TOUCH_MS = 90;
export const PANEL_MODES = ['pointer', 'touch', 'direct'];
import { median } from './stats.mjs';

/** The baseline frame: an extension page with one module script that tells its parent it has run. */
export const BLANK_FRAME_HTML =
  '<!doctype html><meta charset="utf-8"><p>blank</p><script type="module" src="bench-frame.js"></script>\n';
export const BLANK_FRAME_JS = "parent.postMessage('shagym-bench:frame-ran', '*');\n";

/** Page-side probes (main world): when a click reached the page and when the panel host became ready. */
const PROBES = () => {
  const w = globalThis;
  w.__benchClickAt = null;
  w.__benchReadyAt = null;
  // When the pointer (or the finger) first came onto the launcher, and when it let go of it: the rest.
  for (const [type, name] of [
    ['pointerover', '__benchOverAt'],
    ['pointerup', '__benchUpAt'],
  ]) {
    w[name] = null;
    window.addEventListener(
      type,
      (e) => {
        if (e.isTrusted && w[name] === null && e.target?.localName === 'shagym-launcher')
          w[name] = performance.now();
      },
      true,
    );
  }
  window.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted && w.__benchClickAt === null) w.__benchClickAt = performance.now();
    },
    true,
  );
  const obs = new MutationObserver(() => {
    if (w.__benchReadyAt === null && document.querySelector('shagym-panel[data-state="ready"]'))
      w.__benchReadyAt = performance.now();
  });
  const start = () =>
    obs.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
};

async function blankFrame(page, src) {
  return page.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const frame = document.createElement('iframe');
        frame.style.cssText =
          'position:fixed;top:0;right:0;width:440px;height:100vh;border:0;z-index:2147483647';
        const timer = setTimeout(() => reject(new Error('the blank frame did not run')), 10_000);
        const onMessage = (e) => {
          if (e.source !== frame.contentWindow || e.data !== 'shagym-bench:frame-ran') return;
          const ms = performance.now() - t0;
          clearTimeout(timer);
          window.removeEventListener('message', onMessage);
          frame.remove();
          resolve(ms);
        };
        window.addEventListener('message', onMessage);
        const t0 = performance.now();
        frame.src = url;
        document.documentElement.append(frame);
      }),
    src,
  );
}

/**
 * Press on the launcher's centre, rest `ms`, release: the rest is timed from when the press is sent
 * (not from its acknowledgement), so the round trips do not lengthen it; the rest the page saw
 * (pointerover on the launcher → pointerup) is printed beside the figures.
 */
async function pressAndRest(press, release, ms) {
  const pressed = press();
  await new Promise((resolve) => setTimeout(resolve, ms));
  await pressed;
  await release();
}

async function panelOnce(page, mode) {
  const launcher = page.locator('shagym-launcher');
  const box = await launcher.boundingBox();
  if (!box) throw new Error('the launcher has no box to press');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (mode === 'touch') {
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      await pressAndRest(
        () => cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] }),
        () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
        TOUCH_MS,
      );
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  } else if (mode === 'pointer') {
    // The pointer comes onto the launcher, rests, then presses and releases.
    await pressAndRest(
      () => page.mouse.move(x, y),
      async () => {
        await page.mouse.down();
        await page.mouse.up();
      },
      HOVER_MS,
    );
  } else {
    await launcher.click();
  }
  const handle = await page
    .waitForFunction(() => globalThis.__benchReadyAt !== null && globalThis.__benchClickAt !== null, null, {
      timeout: 20_000,
      polling: 10,
    })
    .catch(async (error) => {
      // Say where it stuck: the host's state, the click, and what the panel shows.
      const state = await page
        .evaluate(() => [
          document.querySelector('shagym-panel')?.getAttribute('data-state'),
          globalThis.__benchClickAt,
        ])
        .catch(() => null);
      const frame = page.frames().find((f) => f.url().includes('/panel.html'));
      const text = await frame?.evaluate(() => document.body.innerText.slice(0, 200)).catch(() => null);
      throw new Error(
        `${error.message} (${mode}; host state, click at: ${JSON.stringify(state)}; panel: ${JSON.stringify(text)})`,
      );
    });
  await handle.dispose();
  const r = await page.evaluate(() => ({
    ms: globalThis.__benchReadyAt - globalThis.__benchClickAt,
    restMs:
      globalThis.__benchOverAt === null || globalThis.__benchUpAt === null
        ? null
        : globalThis.__benchUpAt - globalThis.__benchOverAt,
  }));
  return r;
}

export async function measurePanelOpen({ context, id, product, runs, floorPage = null }) {
  await context.addInitScript(PROBES);
  const blankUrl = `chrome-extension://${id}/bench-frame.html`;
  // The floor (./floors.mjs): React alone rendering a form, framed on the same page.
  const floorUrl = floorPage ? `chrome-extension://${id}/${floorPage}` : null;
  const floor = [];
  const modes = Object.fromEntries(
    PANEL_MODES.map((m) => [m, { panel: [], blank: [], paired: [], head: [] }]),
  );
  const n = PANEL_MODES.length;
  let prefilled = null;
  for (let run = -n; run < n * runs; run++) {
    const mode = PANEL_MODES[(run + n) % n];
    const page = await context.newPage();
    try {
      await page.goto(product.url, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('shagym-launcher'), null, { timeout: 15_000 });
      await page.mouse.move(10, 10); // away from the launcher
      await page.waitForTimeout(300); // let the launcher's own start settle
      let p;
      let b;
      let f = null;
      let h = null;
      if (Math.floor((run + n) / n) % 2 === 0) {
        b = await blankFrame(page, blankUrl);
        if (floorUrl) f = await blankFrame(page, floorUrl);
        ({ ms: p, restMs: h } = await panelOnce(page, mode));
      } else {
        ({ ms: p, restMs: h } = await panelOnce(page, mode));
        if (floorUrl) f = await blankFrame(page, floorUrl);
        b = await blankFrame(page, blankUrl);
      }
      if (prefilled === null) {
        const frame = page.frames().find((f) => f.url().includes('/panel.html'));
        const code = await frame
          ?.locator('input[name="productCode"]')
          .inputValue()
          .catch(() => null);
        prefilled = { expected: product.code, found: code ?? null };
      }
      if (run < 0) continue; // warm-up
      if (f !== null) floor.push({ floor: f, blank: b });
      modes[mode].panel.push(p);
      modes[mode].blank.push(b);
      modes[mode].paired.push(p / b);
      if (h !== null) modes[mode].head.push(h);
    } finally {
      await page.close();
    }
  }
  const figures = (m) => ({
    panelMedianMs: median(m.panel),
    blankMedianMs: median(m.blank),
    ratio: median(m.panel) / median(m.blank),
    /** Pointer (or finger) onto the launcher → its release, as the page saw it: the rest the mode had. */
    restMs: m.head.length ? median(m.head) : null,
    pairedRatio: median(m.paired),
    samples: { panel: m.panel, blank: m.blank },
  });
  const pointer = figures(modes.pointer);
  return {
    runs,
    hoverMs: HOVER_MS,
    ...pointer,
    direct: figures(modes.direct),
    touch: { ...figures(modes.touch), holdMs: TOUCH_MS },
    /** React alone rendering a form, framed: ÷ the blank frame of the same runs (null without a floor page). */
    floor: floor.length
      ? {
          medianMs: median(floor.map((x) => x.floor)),
          blankMedianMs: median(floor.map((x) => x.blank)),
          ratio: median(floor.map((x) => x.floor)) / median(floor.map((x) => x.blank)),
          samples: floor.map((x) => x.floor),
        }
      : null,
    prefilled,
  };
}
