// Online play in Chromium against a real server (src/server on port 0, a temporary data folder)
// with the app from Vite's dev server in front of it (the Lobby API, the log pages and the
// sockets proxied to the server, so the page and the server share one origin as they do in
// production). A person creates a match with a server bot in the other seat, plays a few moves,
// reloads and is back in the seat; a spectator sees no hand; two people chat and a spectator
// reads it; the invite link opens the match's page in a browser that holds no seat.
// Screenshots go to reports/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type ViteDevServer } from 'vite';
import { RULES, SEATS } from '../../src/game';
import { greedyBot } from '../../src/bots';
import { playGame } from '../../src/sim/play';
import { startServer as startGameServer, type RunningServer } from '../../src/server/server';
import type { TimeoutNotice } from '../../src/server/agents/answer-timeouts';
import { ROOT, close, launchBrowser, type TestBrowser } from './harness';

const SHOTS = join(ROOT, 'reports/screenshots');
const run = process.env['BROWSER_TESTS'] ? describe : describe.skip;

let game: RunningServer;
let vite: ViteDevServer;
let appUrl = '';
let browser: TestBrowser;
const dataRoot = mkdtempSync(join(tmpdir(), 'hs-online-browser-'));

const pageErrors = new WeakMap<Page, string[]>();

async function openPage(path: string, context = browser.context): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(`${appUrl}${path}`);
  return page;
}

async function done(page: Page): Promise<void> {
  const errors = pageErrors.get(page) ?? [];
  await page.close();
  expect(errors).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `online-${name}.png`) });

/** Share of an element's pixels close to a colour. */
async function colourShare(page: Page, selector: string, [r0, g0, b0]: [number, number, number]): Promise<number> {
  const img = PNG.sync.read(await page.locator(selector).screenshot());
  let near = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const d = Math.abs((img.data[i] as number) - r0) + Math.abs((img.data[i + 1] as number) - g0) + Math.abs((img.data[i + 2] as number) - b0);
    if (d < 60) near++;
  }
  return near / (img.width * img.height);
}

/** Axe over the page as it is: the violations that are serious or critical. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`);
}

/** What the person's table holds now, from the DOM. */
const tableState = (page: Page) => page.evaluate(() => ({
  who: document.querySelector('.topbar .who')?.textContent ?? '',
  cards: [...document.querySelectorAll('.hand .card-name')].map((e) => e.textContent),
  connection: document.querySelector('[data-connection]')?.getAttribute('data-connection'),
  logEntries: document.querySelectorAll('.log-entry').length,
}));

/** Waits until the person is asked something, and takes the first choice with its number key. */
async function playOne(page: Page): Promise<void> {
  await page.waitForSelector('.prompt-bar.is-acting', { timeout: 30_000 });
  const before = await page.evaluate(() => document.querySelector('#prompt-title')?.textContent ?? '');
  const log = await page.locator('.log-entry').count();
  await page.keyboard.press('1');
  // answered: the prompt or the log has moved on
  await page.waitForFunction(({ before, log }) =>
    document.querySelector('#prompt-title')?.textContent !== before || document.querySelectorAll('.log-entry').length !== log,
  { before, log }, { timeout: 30_000 });
}

run('online play in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    game = await startGameServer({
      host: '127.0.0.1', port: 0, dataDir: join(dataRoot, 'data'), clientDir: join(dataRoot, 'client'), botPaceMs: 50, lobbyLimits: null,
    });
    const target = game.url.replace(/\/$/, '');
    vite = await createServer({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      clearScreen: false,
      cacheDir: resolve(ROOT, 'node_modules/.vite-browser-tests'),
      server: {
        host: '127.0.0.1', port: 0, hmr: false, watch: null,
        proxy: { '/games': target, '/hub': target, '/socket.io': { target, ws: true } },
      },
      optimizeDeps: { entries: ['index.html'], include: ['pixi.js', 'pixi-viewport'] },
    });
    await vite.listen();
    appUrl = vite.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await close();
    await vite?.close();
    await game?.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  });

  let matchID = '';

  /** Creates a match in the lobby page as Ana (United States) with an easy bot as China, and
   *  returns its id; `beforeCreate` looks at the filled form first. */
  async function createAsAna(page: Page, beforeCreate?: () => Promise<void>): Promise<string> {
    await page.getByLabel('Your name').fill('Ana');
    await page.getByLabel(/China/).selectOption({ label: 'Bot · Easy' });
    await beforeCreate?.();
    await page.getByRole('button', { name: 'Create and take my seat' }).click();
    await page.waitForSelector('.table-app [data-connection="connected"]', { timeout: 30_000 });
    return decodeURIComponent(/#\/online\/([^/]+)/.exec(page.url())?.[1] ?? '');
  }

  /** The first test's match, or a new one like it when that game is already over: an immediate
   *  victory can end a game in its first round, and a finished match is no longer listed. */
  async function liveMatch(): Promise<string> {
    if (!game.storage.fetch(matchID, { metadata: true }).metadata?.gameover) return matchID;
    const page = await openPage('/#/online');
    await page.getByRole('heading', { name: 'Play online' }).waitFor();
    matchID = await createAsAna(page);
    await done(page);
    return matchID;
  }

  it('creates a match with a bot, plays, and is back in the seat after a reload', async () => {
    const page = await openPage('/#/online');
    await page.getByRole('heading', { name: 'Play online' }).waitFor();
    // a name the server would refuse is refused here first, and said so
    await page.getByLabel('Your name').fill('<Ana>');
    await page.getByRole('button', { name: 'Create and take my seat' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/letters, digits, spaces/);
    const problems: string[] = [];
    matchID = await createAsAna(page, async () => {
      await shot(page, '01-lobby');
      problems.push(...await seriousViolations(page, 'lobby'));
    });
    expect(matchID).not.toBe('');
    expect((await tableState(page)).who).toContain('US');
    // the seat list names the bot
    await page.getByRole('tab', { name: 'Actors' }).click();
    await expect(page.locator('.actor-list [data-actor="CN"] .actor-who').textContent()).resolves.toBe('bot (easy)');
    await page.getByRole('tab', { name: 'Log' }).click();

    for (let i = 0; i < 4; i++) await playOne(page);
    // the bot plays on the server once the person's action is done (one action may take more
    // than four decisions: a card, its use, an operation, where)
    const chinaInLog = () => page.evaluate(() => [...document.querySelectorAll('.log-entry')].some((e) => /China/.test(e.textContent ?? '')));
    for (let i = 0; i < 12 && !(await chinaInLog()); i++) await playOne(page);
    // The deal before round 1 is an earlier page of the log, fetched on request.
    expect(await page.locator('.log-entry').first().textContent()).not.toMatch(/The game begins/);
    const earlier = page.getByRole('button', { name: /Load the earlier round/ });
    await earlier.click();
    await page.waitForFunction(() => !document.querySelector('.log-earlier button'), null, { timeout: 10_000 });
    expect(await page.locator('.log-entry').first().textContent()).toMatch(/The game begins/);
    problems.push(...await seriousViolations(page, 'online table'));
    expect(problems).toEqual([]);
    const before = await tableState(page);
    expect(before.cards.length).toBeGreaterThan(0);
    // the bot has played on the server: a Chinese move is in the log
    await page.waitForFunction(() => [...document.querySelectorAll('.log-entry')].some((e) => /China/.test(e.textContent ?? '')), null, { timeout: 30_000 });
    await shot(page, '02-table');
    // the connection badge is drawn in the "connected" green
    expect(await colourShare(page, '.online-connection', [0x00, 0x66, 0x4f])).toBeGreaterThan(0.005);

    await page.reload();
    await page.waitForSelector('.table-app [data-connection="connected"]', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('.hand .card-name').length > 0, null, { timeout: 30_000 });
    const after = await tableState(page);
    expect(after.who).toContain('US');
    // the same hand, or the same hand less the cards played since (the bot's turn may have come back)
    expect(after.cards.every((c) => before.cards.includes(c)) || before.cards.every((c) => after.cards.includes(c))).toBe(true);
    await playOne(page);
    // On to the home front, a timed decision: the seat sees its clock run (the banner names it).
    expect(await page.locator('.online-notice').textContent()).toMatch(/proposals, crisis commitments and home-front budgets: 120 s/);
    for (let i = 0; i < 12 && !(await page.locator('.answer-clock').count()); i++) await playOne(page);
    const clock = page.locator('.answer-clock');
    await clock.waitFor({ timeout: 30_000 });
    const first = (await clock.textContent()) ?? '';
    expect(first).toMatch(/[0-2]:\d\d to answer; then the normal bot answers for you/);
    await page.waitForFunction((was) => document.querySelector('.answer-clock')?.textContent !== was, first, { timeout: 10_000 });
    await shot(page, '02a-answer-clock');
    await playOne(page);
    await done(page);
  });

  it('a spectator sees the public table: no hand, no agenda, no action', async () => {
    const page = await openPage(`/#/online/${encodeURIComponent(await liveMatch())}/watch`);
    await page.waitForSelector('.table-app [data-connection="connected"]', { timeout: 30_000 });
    await page.waitForSelector('.hand-hidden');
    // the waiting line names who holds the seat the game waits for
    await page.waitForFunction(() => /United States: Ana|China: Bot · Easy/.test(document.querySelector('.prompt-bar')?.textContent ?? ''), null, { timeout: 30_000 });
    const seen = await page.evaluate(() => {
      const snap = window.__hubOnline?.getSnapshot();
      return {
        hands: snap?.view ? Object.values(snap.view.hands).map((h) => h.length) : null,
        agendas: snap?.view ? Object.values(snap.view.agendas) : null,
        legal: snap?.legal.length,
        banner: document.querySelector('.online-spectating')?.textContent ?? '',
        cards: document.querySelectorAll('.card-button, .hand .card-name').length,
        actions: document.querySelectorAll('.action-list .action').length,
        who: document.querySelector('.topbar .who')?.textContent ?? '',
      };
    });
    expect(seen.hands).toEqual(SEATS.map(() => 0));
    expect(seen.agendas?.every((a) => a === null)).toBe(true);
    expect(seen).toMatchObject({ legal: 0, cards: 0, actions: 0, who: 'watching' });
    expect(seen.banner).toMatch(/public information only/);
    await page.keyboard.press('1'); // nothing to take
    await shot(page, '03-spectator');
    await done(page);
  });

  it('two people chat at the table, a spectator reads along without a way to write', async () => {
    const ana = await openPage('/#/online');
    await ana.getByRole('heading', { name: 'Play online' }).waitFor();
    await ana.getByLabel('Your name').fill('Cy');
    await ana.getByLabel(/China/).selectOption({ label: 'A person (open seat)' });
    await ana.getByRole('button', { name: 'Create and take my seat' }).click();
    await ana.waitForSelector('.table-app [data-connection="connected"]', { timeout: 30_000 });
    const chatMatch = decodeURIComponent(/#\/online\/([^/]+)/.exec(ana.url())?.[1] ?? '');
    // the other person, in a browser of their own, takes China through the invite link
    const other = await launchBrowser();
    const bo = await openPage(`/#/online/${encodeURIComponent(chatMatch)}`, other.context);
    await bo.getByLabel('Your name').fill('Di');
    await bo.getByRole('button', { name: 'Join as China' }).click();
    await bo.waitForSelector('.table-app [data-connection="connected"]', { timeout: 30_000 });
    const watcher = await openPage(`/#/online/${encodeURIComponent(chatMatch)}/watch`);
    await watcher.waitForSelector('.table-app [data-connection="connected"]', { timeout: 30_000 });

    // C opens the chat with the focus in its input; Enter sends; the input empties once it is passed on
    await ana.keyboard.press('c');
    const input = ana.getByLabel('Message to the table');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const said = 'Hello China <b>not bold</b> & "quoted"';
    await ana.keyboard.type(said);
    await expect(ana.locator('.chat-count').textContent()).resolves.toBe(`${said.length}/500 characters`);
    await ana.keyboard.press('Enter');
    await ana.waitForFunction(() => (document.querySelector<HTMLInputElement>('.chat-form input')?.value ?? 'x') === '', null, { timeout: 20_000 });
    expect(await ana.locator('.chat-line.is-mine .chat-text').textContent()).toBe(said);

    // on the other seat: counted as new on the tab, then there as text, under the seat and the name
    const chatTab = bo.getByRole('tab', { name: /Chat/ });
    await bo.waitForFunction(() => /1 new/.test(document.querySelector('#tab-chat')?.textContent ?? ''), null, { timeout: 20_000 });
    await chatTab.click();
    const line = bo.locator('.chat-line[data-seat="US"]');
    await expect(line.locator('.chat-text').textContent()).resolves.toBe(said);
    expect(await line.locator('.chat-text b').count()).toBe(0);
    await expect(line.locator('.chat-name').textContent()).resolves.toBe('Cy');
    await expect(line.locator('time').count()).resolves.toBe(1);
    expect(await bo.locator('#tab-chat .tab-count').count()).toBe(0);
    await bo.getByLabel('Message to the table').fill('Hi Cy, China here.');
    await bo.getByRole('button', { name: 'Send' }).click();
    await bo.waitForSelector('.chat-line.is-mine', { timeout: 20_000 });
    // a time-out notice from the server itself: framed and marked, with no seat's chip
    const notify = (game.agents as unknown as { notify: (matchID: string, notice: TimeoutNotice) => void }).notify;
    notify(chatMatch, { text: 'Japan did not answer within 90 s: the server answered for it.', timeout: true, seat: 'JP' });
    await bo.waitForSelector('.chat-line.is-server', { timeout: 20_000 });
    expect(await bo.locator('.chat-line.is-server .chip').count()).toBe(0);
    // refused (500 characters, but twice that as JSON): the reason beside the input, the text kept
    const long = '"'.repeat(500);
    await bo.getByLabel('Message to the table').fill(long);
    await bo.keyboard.press('Enter');
    await expect(bo.getByRole('alert').filter({ hasText: 'Not sent' }).textContent()).resolves.toBe('Not sent: the message is too long.');
    await expect(bo.getByLabel('Message to the table').inputValue()).resolves.toBe(long);
    await shot(bo, '03a-chat-seat');
    const problems = await seriousViolations(bo, 'chat, seated');

    // the spectator reads both seats and the notice, and has nothing to write with
    await watcher.getByRole('tab', { name: /Chat/ }).click();
    await watcher.waitForFunction(() => document.querySelectorAll('.chat-line').length === 3, null, { timeout: 20_000 });
    expect(await watcher.locator('.chat-line .chat-text').allTextContents()).toEqual([said, 'Hi Cy, China here.', 'Japan did not answer within 90 s: the server answered for it.']);
    expect(await watcher.locator('.chat-panel input, .chat-panel button').count()).toBe(0);
    expect(await watcher.getByLabel('Message to the table').count()).toBe(0);
    await expect(watcher.locator('.chat-readonly').textContent()).resolves.toMatch(/only the seated players can write/);
    await shot(watcher, '03b-chat-spectator');
    problems.push(...await seriousViolations(watcher, 'chat, spectator'));
    expect(problems).toEqual([]);
    // and the first seat has China's reply
    await ana.waitForSelector('.chat-line[data-seat="CN"]', { timeout: 20_000 });
    await done(watcher);
    await done(bo);
    await done(ana);
    await other.close();
  });

  it('the lobby’s open matches follow a match made elsewhere, without a click, keeping the focus', async () => {
    const page = await openPage('/#/online');
    await page.getByRole('heading', { name: 'Play online' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Sources' }).count()).toBe(1);
    await page.getByLabel('Your name').focus();
    const made = await fetch(`${game.url.replace(/\/$/, '')}/games/hub-and-spokes/create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ numPlayers: 2, setupData: { scenario: 'spring-2024', bots: { 1: 'easy' } } }),
    });
    const { matchID: elsewhere } = (await made.json()) as { matchID: string };
    await page.waitForSelector(`.online-match[data-match="${elsewhere}"]`, { timeout: 20_000 });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toMatch(/Your name/);
    await done(page);
  });

  it('the invite link opens the match’s page in a browser without a seat; the lobby lists the match', async () => {
    // a fresh profile (no stored seat) stands in for the person the link was sent to
    const stranger = await launchBrowser();
    const page = await openPage(`/#/online/${encodeURIComponent(await liveMatch())}`, stranger.context);
    await page.getByRole('heading', { name: RULES.scenarios['spring-2024']?.name }).waitFor();
    await page.waitForSelector('.online-seats li[data-player="1"]');
    const seats = await page.locator('.online-seats li').allTextContents();
    expect(seats[0]).toContain('Ana');
    expect(seats[1]).toContain('Bot · Easy');
    expect(await page.getByRole('button', { name: /^Join as/ }).count()).toBe(0);
    await expect(page.getByLabel('Invite link').inputValue()).resolves.toContain(`#/online/${matchID}`);
    await shot(page, '04-invite');
    expect(await seriousViolations(page, 'match page')).toEqual([]);
    await done(page);

    const lobby = await openPage('/#/online');
    await lobby.waitForSelector(`.online-yours li[data-match="${matchID}"]`);
    await lobby.waitForSelector(`.online-match[data-match="${matchID}"]`);
    expect(await lobby.locator(`.online-match[data-match="${matchID}"]`).textContent()).toMatch(/full/);
    await done(lobby);
    await stranger.close();
  });

  it('plays again after the result, into the next match in the same seat, then leaves it', async () => {
    const page = await openPage('/#/online');
    await page.getByRole('heading', { name: 'Play online' }).waitFor();
    await page.getByLabel('Your name').fill('Ben');
    await page.getByLabel(/China/).selectOption({ label: 'Bot · Easy' });
    await page.getByRole('button', { name: 'Create and take my seat' }).click();
    await page.waitForSelector('.table-app [data-connection="connected"]', { timeout: 30_000 });
    const first = decodeURIComponent(/#\/online\/([^/]+)/.exec(page.url())?.[1] ?? '');
    await playOne(page);
    // The match ends: a whole two-player game of bots on the rules path, saved as the match's
    // state (playing one out through the browser would take an hour).
    const { G } = playGame({ seed: 'browser-again', players: 2, bot: greedyBot });
    const { state } = game.storage.fetch(first, { state: true });
    if (!state) throw new Error('no state');
    game.storage.setState(first, { ...state, G, ctx: { ...state.ctx, gameover: G.result, activePlayers: null }, _stateID: state._stateID + 1 });
    await page.reload();
    // the result comes up over the table, with the way on
    const again = page.getByRole('dialog').getByRole('button', { name: 'Play again' });
    await again.waitFor({ timeout: 30_000 });
    await shot(page, '05-result');
    await again.click();
    await page.waitForFunction((m) => !location.hash.includes(m) && /#\/online\/[^/]+$/.test(location.hash), first, { timeout: 30_000 });
    await page.waitForSelector('.table-app [data-connection="connected"]', { timeout: 30_000 });
    const next = decodeURIComponent(/#\/online\/([^/]+)/.exec(page.url())?.[1] ?? '');
    expect(next).not.toBe(first);
    expect((await tableState(page)).who).toContain('US');
    // the next match has the same seats: Ben in the first, the easy bot in the second
    const nextMatch = game.storage.fetch(next, { metadata: true }).metadata;
    expect(nextMatch?.players[0]?.name).toBe('Ben');
    expect(nextMatch?.players[1]?.name).toBe('Bot · Easy');
    expect(game.storage.fetch(first, { metadata: true }).metadata?.nextMatchID).toBe(next);
    await playOne(page);
    await shot(page, '06-next-match');

    // Leave: asked first, then back in the lobby, the seat forgotten here and given back there
    const asked: string[] = [];
    page.once('dialog', (d) => { asked.push(d.message()); void d.accept(); });
    await page.getByRole('button', { name: 'Leave seat' }).click();
    await page.waitForFunction(() => location.hash === '#/online', null, { timeout: 30_000 });
    expect(asked[0]).toMatch(/Give your seat back/);
    await page.getByRole('heading', { name: 'Play online' }).waitFor();
    // the first match (over) is still this browser's; the one left is not
    await page.waitForSelector(`.online-yours li[data-match="${first}"]`);
    expect(await page.locator(`.online-yours li[data-match="${next}"]`).count()).toBe(0);
    await shot(page, '07-after-leave');
    // nobody is left in it but the bot: the server has deleted it
    expect(game.storage.fetch(next, { metadata: true }).metadata).toBeUndefined();
    await done(page);
  });
});
