// npm run screenshot — refreshes docs/screenshot.png, the picture of the table in the README:
// the production build served by our server, a solo game as Japan from a fixed seed, a few of
// Japan's decisions taken (first choice each time) so the board has moved, at 1280×800.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../test/browser/harness';
import { launchBrowser, serveClient } from './lib/served-client';

const OUT = join(ROOT, 'docs/screenshot.png');
const SEED = 'readme';
const DECISIONS = 8;

/** Waits until Japan is asked something (the bots play at once meanwhile). */
async function japansTurn(page: Page): Promise<void> {
  await page.waitForSelector('.prompt-bar.is-acting [data-action-key], .card-button', { timeout: 60_000 });
}

async function main(): Promise<void> {
  const served = await serveClient();
  const browser = await launchBrowser({ width: 1280, height: 800 });
  try {
    const { page } = browser;
    // antialiased as on a machine with a GPU (headless Chromium draws in software, where it is off)
    await page.goto(`${served.server.url}?renderer=webgl&antialias=on`);
    await page.getByRole('radio', { name: /Japan/ }).check();
    await page.getByLabel('Bot pace').selectOption({ label: 'Instant' });
    await page.locator('details.advanced summary').click();
    await page.getByLabel('Seed', { exact: true }).fill(SEED);
    await page.getByRole('button', { name: 'Play as Japan' }).click();
    for (let i = 0; i < DECISIONS; i++) {
      await japansTurn(page);
      const card = page.locator('.card-button').first();
      const theatre = page.locator('.theatre-list .choose-button').first();
      if (await card.count()) await card.click();
      else if (await theatre.count()) await theatre.click();
      else await page.locator('.action-list .action:not(.tone-back)').first().click();
    }
    await japansTurn(page);
    // the map back in its default view (choosing a theatre from the list pans to it)
    await page.locator('canvas').focus();
    await page.keyboard.press('0');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(640, 4); // no card raised under the pointer
    await page.waitForTimeout(500);
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: OUT });
    process.stdout.write(`wrote ${OUT}\n`);
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
