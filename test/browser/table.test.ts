// The game table in real Chromium (playwright-core against Vite's dev server, see harness.ts):
// a solo round as Japan by mouse and another by keyboard alone; hotseat never shows a seat's hand
// while another seat plays (the DOM and a screenshot of the cover); axe finds no serious or
// critical violation; a whole game to the end screen. Screenshots go to reports/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { RULES, SEATS, type SeatId } from '../../src/game';
import { PALETTE } from '../../src/render/style';
import { ROOT, close, launchBrowser, startServer, type TestBrowser, type TestServer } from './harness';

const SHOTS = join(ROOT, 'reports/screenshots');
const run = process.env['BROWSER_TESTS'] ? describe : describe.skip;

let server: TestServer;
let browser: TestBrowser;

// ---------- helpers ----------

/** Errors the page reported (uncaught exceptions and console errors), checked at each test's end. */
const pageErrors = new WeakMap<Page, string[]>();

async function freshPage(path = '/'): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Closes a page, failing the test if it reported an error. */
async function done(page: Page): Promise<void> {
  const errors = pageErrors.get(page) ?? [];
  await page.close();
  expect(errors).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `table-${name}.png`) });

async function round(page: Page): Promise<number> {
  const text = (await page.locator('.when strong').textContent()) ?? '';
  return Number(/Round (\d+)/.exec(text)?.[1] ?? 0);
}

/** A fingerprint of what the screen asks: changes with every decision and every visible move. */
const fingerprint = (page: Page) => page.evaluate(() => [
  document.querySelector('.when')?.textContent,
  document.querySelector('#prompt-title')?.textContent,
  [...document.querySelectorAll('[data-action-key]')].map((e) => e.getAttribute('data-action-key')).join(','),
  document.querySelectorAll('.log-entry').length,
  document.querySelector('.cover')?.getAttribute('data-cover'),
].join('|'));

type Screen = 'act' | 'cover' | 'over' | 'next-round';

/** Waits until the person at the screen must do something, or the round is over. */
async function waitForTurn(page: Page, inRound: number, before?: string): Promise<Screen> {
  await page.waitForFunction(({ r, prev }) => {
    const key = [
      document.querySelector('.when')?.textContent,
      document.querySelector('#prompt-title')?.textContent,
      [...document.querySelectorAll('[data-action-key]')].map((e) => e.getAttribute('data-action-key')).join(','),
      document.querySelectorAll('.log-entry').length,
      document.querySelector('.cover')?.getAttribute('data-cover'),
    ].join('|');
    if (prev !== undefined && key === prev) return false;
    const now = Number(/Round (\d+)/.exec(document.querySelector('.when strong')?.textContent ?? '')?.[1] ?? 0);
    return now > r || !!document.querySelector('.cover, .end-screen, .prompt-bar.is-acting [data-action-key], .card-button');
  }, { r: inRound, prev: before }, { timeout: 60_000 });
  if (await page.locator('.end-screen').count()) return 'over';
  if ((await round(page)) > inRound) return 'next-round';
  if (await page.locator('.cover').count()) return 'cover';
  return 'act';
}

async function pickPace(page: Page, name = 'Instant'): Promise<void> {
  await page.getByLabel('Bot pace').selectOption({ label: name });
}

/** A fixed seed: the same game on every run. */
async function setSeed(page: Page, seed: string): Promise<void> {
  await page.locator('details.advanced summary').click();
  await page.getByLabel('Seed', { exact: true }).fill(seed);
}

/** In a crisis, the strongest commitment (the last offered); otherwise the first choice. */
async function choiceKey(page: Page): Promise<string> {
  const title = (await page.locator('#prompt-title').textContent()) ?? '';
  if (!/^Crisis/.test(title)) return '1';
  return String(await page.locator('.action-list .action:not(.tone-back)').count());
}

/** Axe over the page as it is: the violations that are serious or critical. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const all = result.violations.map((v) => `${where}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')}`);
  if (all.length) console.log(all.join('\n'));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: ${v.id} — ${v.help}`);
}

interface Secrets { hands: Record<SeatId, string[]>; agendas: Record<SeatId, string | null>; publicText: string }
const secrets = (page: Page) => page.evaluate(() => (window as unknown as { __hubGame: { debugSecrets(): Secrets } }).__hubGame.debugSecrets());

/** Card ids and agenda names of seats other than `viewer` that appear on the page. */
async function foreignSecretsOnScreen(page: Page, viewer: SeatId | null): Promise<string[]> {
  const s = await secrets(page);
  const html = await page.evaluate(() => document.body.innerHTML);
  const text = await page.evaluate(() => document.body.innerText);
  const found: string[] = [];
  for (const seat of SEATS) {
    if (seat === viewer) continue;
    for (const id of s.hands[seat]) {
      if (s.publicText.includes(`"${id}"`)) continue; // played earlier, drawn again: no secret
      if (new RegExp(`(^|[^A-Z0-9-])${id.replace(/-/g, '\\-')}([^A-Z0-9-]|$)`).test(html)) found.push(`${seat}'s card ${id}`);
    }
    const agenda = s.agendas[seat] ? RULES.agendas[s.agendas[seat] as string] : undefined;
    if (agenda && text.includes(agenda.name)) found.push(`${seat}'s agenda ${agenda.name}`);
  }
  return found;
}

/** Pixels of a screenshot darker than the cover's navy at its lightest. */
function darkShare(png: Buffer): number {
  const img = PNG.sync.read(png);
  let dark = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const [r, g, b] = [img.data[i] as number, img.data[i + 1] as number, img.data[i + 2] as number];
    if (0.2126 * r + 0.7152 * g + 0.0722 * b < 90) dark++;
  }
  return dark / (img.width * img.height);
}

/** From the top of the page: skip links first, then the top bar, the prompt and the hand before the rest. */
async function checkTabOrder(page: Page): Promise<void> {
  const fromTop = () => page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const r = el?.getBoundingClientRect();
    return { text: el?.textContent?.trim() ?? '', card: !!el?.closest('.cards'), map: el?.tagName === 'CANVAS', shown: !!r && r.width > 20 && r.height > 10 };
  });
  await fromTop();
  await page.keyboard.press('Tab');
  expect(await focused()).toMatchObject({ text: 'To your decision', shown: true });
  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('To your hand');
  await page.keyboard.press('Enter');
  expect((await focused()).card).toBe(true);
  await fromTop();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('To the map');
  await page.keyboard.press('Enter');
  expect((await focused()).map).toBe(true);
  // without the skip links, the first card is a few stops past the top bar, not past the log
  await fromTop();
  let tabs = 0;
  while (!(await focused()).card && tabs < 30) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(15);
}

/** The arrow keys walk the choices of the prompt (or the cards of the hand), End and Home go to
 *  the last and the first, and every choice shows when it has the focus. */
async function checkArrowKeys(page: Page): Promise<void> {
  const where = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const group = el.closest('.action-list, .cards');
    const items = group ? [...group.querySelectorAll('[data-roving]')] : [];
    const r = el.getBoundingClientRect();
    const box = (el.closest('.prompt-bar') ?? document.documentElement).getBoundingClientRect();
    return { index: items.indexOf(el), count: items.length, visible: r.top >= box.top - 1 && r.bottom <= box.bottom + 1 };
  });
  const start = await where();
  if (start.count < 2) return;
  await page.keyboard.press('ArrowRight');
  expect((await where()).index).toBe(1);
  await page.keyboard.press('End');
  expect(await where()).toMatchObject({ index: start.count - 1, visible: true });
  await page.keyboard.press('Home');
  expect((await where()).index).toBe(0);
}

// ---------- the tests ----------

run('the game table in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => { await close(); });
  it('start page, rules and sources pass axe, and the rulebook renders', async () => {
    const page = await freshPage('/');
    expect(await page.getByRole('heading', { name: 'Hub & Spokes', level: 1 }).count()).toBe(1);
    await shot(page, '01-start');
    const problems = await seriousViolations(page, 'start page');
    await page.getByRole('link', { name: 'How to play' }).click();
    await page.waitForSelector('.rulebook h3#s4-6');
    await shot(page, '02-rules');
    problems.push(...await seriousViolations(page, 'rules'));
    await page.locator('.rulebook a.fact-ref', { hasText: 'F16' }).first().click();
    await page.waitForSelector('.facts li#F16');
    expect(await page.locator('.facts li').count()).toBe(46);
    // the second card opens with its heading: no rule line above it, no empty band
    expect(await page.locator('#facts-title').evaluate((h) => [getComputedStyle(h).borderTopWidth, getComputedStyle(h).marginTop])).toEqual(['0px', '0px']);
    await shot(page, '03-sources');
    problems.push(...await seriousViolations(page, 'sources'));
    expect(problems).toEqual([]);
    await done(page);
  });

  it('plays a whole round as Japan by mouse', async () => {
    const page = await freshPage('/?renderer=webgl');
    await page.getByLabel('Solo').check();
    await page.getByRole('radio', { name: /Japan/ }).check();
    await pickPace(page);
    await setSeed(page, 'mouse-round');
    await page.getByRole('button', { name: 'Play as Japan' }).click();
    await page.waitForSelector('.table-app');
    let decisions = 0;
    let prev: string | undefined;
    const shotTaken = new Set<string>();
    for (;;) {
      const screen = await waitForTurn(page, 1, prev);
      if (screen !== 'act') break;
      const step = (await page.locator('#prompt-title').textContent()) ?? '';
      const kind = /Choose a card/.test(step) ? 'card' : /Crisis/.test(step) ? 'crisis' : /Home front/.test(step) ? 'home' : /accept or refuse/.test(step) ? 'consent' : 'step';
      if (!shotTaken.has(kind)) {
        await page.mouse.move(640, 4);
        await page.waitForTimeout(350); // a card raised under the pointer settles back
        await shot(page, `mouse-${kind}`);
        shotTaken.add(kind);
      }
      prev = await fingerprint(page);
      const card = page.locator('.card-button').first();
      const theatre = page.locator('.theatre-list .choose-button').first();
      const options = page.locator('.action-list .action:not(.tone-back)');
      if (await card.count()) await card.click();
      else if (await theatre.count()) await theatre.click();
      else if (kind === 'crisis') await options.last().click();
      else await options.first().click();
      decisions++;
      expect(decisions).toBeLessThan(80);
    }
    expect(await round(page)).toBe(2);
    expect(decisions).toBeGreaterThanOrEqual(6);
    // The bots' moves are in the log, and the newest are highlighted.
    expect(await page.locator('.log-entry').count()).toBeGreaterThan(20);
    await page.mouse.move(640, 4);
    await page.waitForTimeout(350);
    await shot(page, 'mouse-round-2');
    expect(await seriousViolations(page, 'table (solo)')).toEqual([]);
    // A reload at #/play resumes the game at once, where it was, a card already picked too.
    const log = await page.locator('.log-entry').count();
    await page.locator('.card-button').first().click();
    await page.waitForSelector('.prompt-bar [data-move="chooseMode"]');
    const asked = await page.locator('#prompt-title').textContent();
    await page.reload();
    await page.waitForSelector('.table-app .prompt-bar [data-move="chooseMode"]');
    expect(new URL(page.url()).hash).toBe('#/play');
    expect(await page.getByRole('button', { name: 'Continue the saved game' }).count()).toBe(0);
    expect(await page.locator('#prompt-title').textContent()).toBe(asked);
    expect(await round(page)).toBe(2);
    expect(await page.locator('.log-entry').count()).toBe(log);
    // Back to the start page and Forward again: the same game, the same question.
    await page.goBack();
    await page.getByRole('link', { name: 'Back to the game in progress' }).waitFor();
    await page.goForward();
    await page.waitForSelector('.table-app .prompt-bar [data-move="chooseMode"]');
    expect(await page.locator('#prompt-title').textContent()).toBe(asked);
    await done(page);
  });

  it('plays a whole round as Japan by keyboard alone', async () => {
    const page = await freshPage('/?renderer=webgl');
    // The start page by keyboard: the seat is Japan by default; set the pace, then start.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 40; i++) {
      const label = await page.evaluate(() => document.activeElement?.getAttribute('id') ?? '');
      if (/pace/.test(label)) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.keyboard.press('End');
    // The seed, under "advanced": open it with Enter, type a fixed one.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('keyboard-round');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('type') === 'submit')) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('.table-app');
    await waitForTurn(page, 1);
    await page.waitForSelector('.map-canvas canvas');
    await checkTabOrder(page);
    let decisions = 0;
    let prev: string | undefined;
    for (;;) {
      const screen = await waitForTurn(page, 1, prev);
      if (screen !== 'act') break;
      prev = await fingerprint(page);
      // Focus follows the decisions: it is on the first offered action.
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-action-key') ?? null);
      expect(focused, 'focus on an action').not.toBeNull();
      if (decisions === 0) await shot(page, 'keyboard-focus');
      await checkArrowKeys(page);
      if (decisions === 1) {
        // from the log, a number key takes the choice and the focus goes with it into the prompt
        await page.keyboard.press('l');
        await page.waitForFunction(() => document.activeElement?.classList.contains('log-list'));
        await page.keyboard.press('1');
        decisions++;
        continue;
      }
      const way = decisions % 3;
      const key = await choiceKey(page);
      if (key !== '1') await page.keyboard.press(key);
      else if (way === 0) await page.keyboard.press('Enter');
      else if (way === 1) await page.keyboard.press('1');
      else {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Enter');
      }
      decisions++;
      expect(decisions).toBeLessThan(80);
    }
    expect(await round(page)).toBe(2);
    expect(decisions).toBeGreaterThanOrEqual(6);
    // The list of keys names the map's own keys too.
    await page.keyboard.press('?');
    const keys = (await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent()) ?? '';
    for (const k of ['← → ↑ ↓', '+ / −', 'Home / End', 'pan the map', 'zoom in and out']) expect(keys).toContain(k);
    await page.keyboard.press('Escape');
    // The toggles by key: the network without America.
    await page.keyboard.press('w');
    await page.waitForSelector('.map-banner');
    expect(await page.getByRole('button', { name: /Without America/ }).getAttribute('aria-pressed')).toBe('true');
    await shot(page, 'keyboard-without-america');
    await done(page);
  });

  it('fits the table at 1400 × 900 and 1280 × 720, and at a phone’s width the top bar wraps', async () => {
    for (const [width, height] of [[1400, 900], [1280, 720], [390, 844]] as const) {
      const page = await freshPage('/?renderer=webgl');
      await page.setViewportSize({ width, height });
      await page.getByRole('radio', { name: /Japan/ }).check();
      await pickPace(page);
      await setSeed(page, 'sizes');
      await page.getByRole('button', { name: 'Play as Japan' }).click();
      await page.waitForSelector('.table-app .card-button');
      await page.waitForSelector('.map-canvas canvas');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `size-${width}x${height}`);
      const fit = await page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        controls: [...document.querySelectorAll('.topbar a, .topbar button, .topbar select')].map((e) => e.getBoundingClientRect().right),
        map: document.querySelector('.map-canvas canvas')?.getBoundingClientRect().height ?? 0,
      }));
      expect(fit.pageWidth, 'no sideways scrolling').toBeLessThanOrEqual(width);
      for (const right of fit.controls) expect(right).toBeLessThanOrEqual(width);
      expect(fit.map).toBeGreaterThan(width > 1000 ? 350 : 250);
      await done(page);
    }
  });

  it('draws the table’s map with Pixi’s canvas renderer by default in headless Chromium (software GL)', async () => {
    const page = await freshPage('/');
    await page.getByRole('radio', { name: /Japan/ }).check();
    await pickPace(page);
    await setSeed(page, 'sizes');
    await page.getByRole('button', { name: 'Play as Japan' }).click();
    await page.waitForSelector('.table-app .card-button');
    const canvas = page.locator('.map-canvas canvas');
    await canvas.waitFor();
    // a canvas holds one kind of context: the map's is a 2D one
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.getContext('2d') !== null)).toBe(true);
    await page.mouse.move(640, 4);
    await page.waitForTimeout(300);
    const img = PNG.sync.read(await canvas.screenshot({ path: join(SHOTS, 'table-map-canvas.png') }));
    const near = (i: number, c: number, d: number) =>
      Math.hypot(img.data[i]! - ((c >> 16) & 255), img.data[i + 1]! - ((c >> 8) & 255), img.data[i + 2]! - (c & 255)) < d;
    const seaRgb = [(PALETTE.sea >> 16) & 255, (PALETTE.sea >> 8) & 255, PALETTE.sea & 255] as const;
    let sea = 0;
    let land = 0;
    let theatre = 0;
    for (let i = 0; i < img.data.length; i += 4) {
      if (near(i, PALETTE.sea, 12)) sea++;
      else if (near(i, PALETTE.land, 12)) land++;
      // the theatres' magenta wash over the sea (deeper with tension): the sea's red, less green
      else if (Math.abs(img.data[i]! - seaRgb[0]) < 20 && img.data[i + 1]! < seaRgb[1] - 6 && img.data[i + 2]! > img.data[i + 1]! + 15) theatre++;
    }
    const n = img.width * img.height;
    // (measured: sea 0.50, neutral land 0.028, theatres 0.048 of the map)
    expect(sea / n, 'open sea').toBeGreaterThan(0.3);
    expect(land / n, 'neutral land').toBeGreaterThan(0.015);
    expect(theatre / n, 'theatres').toBeGreaterThan(0.025);
    await done(page);
  });

  it('in hotseat, a seat’s hand is never on screen while another seat plays', async () => {
    const page = await freshPage('/?renderer=webgl');
    await page.getByLabel('Hotseat').check();
    await page.getByRole('checkbox', { name: /Japan/ }).check();
    await pickPace(page);
    await setSeed(page, 'hotseat-round');
    await page.getByRole('button', { name: /Start a hotseat game for 3/ }).click();
    await page.waitForSelector('.table-app');
    let covers = 0;
    let prev: string | undefined;
    for (let n = 0; n < 200; n++) {
      const screen = await waitForTurn(page, 1, prev);
      if (screen === 'next-round' || screen === 'over') break;
      prev = await fingerprint(page);
      if (screen === 'cover') {
        const to = (await page.locator('.cover').getAttribute('data-cover')) as SeatId;
        // Behind the cover: no hand at all in the DOM, no secret of any seat.
        expect(await page.locator('[data-card]').count()).toBe(0);
        expect(await foreignSecretsOnScreen(page, null)).toEqual([]);
        const png = await page.screenshot(covers < 2 ? { path: join(SHOTS, `table-hotseat-cover-${covers}.png`) } : {});
        expect(darkShare(png), 'the cover hides the table').toBeGreaterThan(0.8);
        if (covers === 0) expect(await seriousViolations(page, 'hotseat cover')).toEqual([]);
        covers++;
        await page.keyboard.press('Enter');
        await page.waitForFunction((seat) => !document.querySelector('.cover') && document.querySelector('.who .chip')?.textContent === seat, to);
        continue;
      }
      const viewer = ((await page.locator('.who .chip').textContent()) ?? '') as SeatId;
      expect(SEATS).toContain(viewer);
      expect(await foreignSecretsOnScreen(page, viewer)).toEqual([]);
      if (covers === 1) await shot(page, 'hotseat-seat');
      const card = page.locator('.card-button').first();
      if (await card.count()) await card.click();
      else await page.keyboard.press(await choiceKey(page));
    }
    expect(covers).toBeGreaterThanOrEqual(3);
    expect(await round(page)).toBeGreaterThanOrEqual(2);
    await done(page);
  });

  it('plays a whole game to the end screen', async () => {
    // The schematic map: this test is about the whole game and its end, not the map's pixels.
    const page = await freshPage('/?map=schematic');
    await page.getByRole('radio', { name: /Australia/ }).check();
    await pickPace(page);
    await setSeed(page, 'whole-game');
    await page.getByRole('button', { name: 'Play as Australia' }).click();
    await page.waitForSelector('.table-app');
    let prev: string | undefined;
    for (let n = 0; n < 400; n++) {
      const screen = await waitForTurn(page, 99, prev);
      if (screen === 'over') break;
      prev = await fingerprint(page);
      await page.keyboard.press(await choiceKey(page));
    }
    await page.waitForSelector('.end-screen');
    await shot(page, 'end-screen');
    const text = (await page.locator('.end-screen').textContent()) ?? '';
    expect(text).toMatch(/(The network|China) wins/);
    expect(await page.locator('.ranking tbody tr').count()).toBe(6);
    expect(await seriousViolations(page, 'end screen')).toEqual([]);
    await page.getByRole('button', { name: /Look at the table/ }).click();
    // the agenda says, for good, whether it was met
    expect(await page.locator('.agenda-state').textContent()).toMatch(/^(✓ met at the end|✗ not met at the end)/);
    await shot(page, 'end-table');
    await done(page);
  }, 300_000);
});
