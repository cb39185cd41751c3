// Loads one local HTML file in headless Chromium, at each width asked for, and prints as JSON: axe-core's
// violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules, the page's scroll width, and every request the page
// tried to make of anything but the file itself (all of them blocked: a self-contained page makes none).
//
// node axe-check.mjs FILE [--viewports 1280x900,375x812] [--screenshots DIR]
// Screenshots are of the viewport, named FILE-WIDTH.png.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const viewports = option('--viewports', '1280x900').split(',').map(size => size.split('x').map(Number));
const screenshots = option('--screenshots', '');
if (args.length !== 1) {
  console.error('usage: node axe-check.mjs FILE [--viewports 1280x900,375x812] [--screenshots DIR]');
  process.exit(2);
}
const file = pathToFileURL(resolve(args[0])).href;
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const profile = mkdtempSync(join(tmpdir(), 'bulletinkit-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: ARGS, offline: true,
});
const blocked = new Set();
try {
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url === file) {
      return route.continue();
    }
    blocked.add(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('request', request => {
    const url = request.url();
    if (url !== file && !url.startsWith('data:')) {
      blocked.add(url);
    }
  });
  const runs = [];
  for (const [width, height] of viewports) {
    await page.setViewportSize({ width, height });
    await page.goto(file, { waitUntil: 'load' });
    await page.addScriptTag({ path: axeScript });
    const results = await page.evaluate(tags => axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (screenshots) {
      await page.screenshot({ path: join(screenshots, `${basename(args[0])}-${width}.png`) });
    }
    runs.push({
      width, scrollWidth,
      passes: results.passes.length,
      incomplete: results.incomplete.map(rule => rule.id),
      violations: results.violations.map(rule => ({
        id: rule.id, impact: rule.impact, help: rule.help,
        nodes: rule.nodes.map(node => ({ target: node.target.join(' '), summary: node.failureSummary })),
      })),
    });
  }
  console.log(JSON.stringify({ file, tags: TAGS, blocked: [...blocked], runs }, null, 2));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
