// `node bench/compare.mjs A.js B.js [--runs N] [--page minimal|catalogue] [--products N]`:
// the first step of a bench page with each of two (or more) standalone bundles, served in place of
// dist/license-plan-wizard.js, interleaved in one browser run together with the floor page. On a
// shared machine absolute times move with its load; bundles measured side by side in the same run
// can be compared. Prints medians of the time to the painted Product heading, the longest
// main-thread task and the busy time, and each bundle's ratio to the floor. Not part of `npm run bench`.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from './server.mjs';
import { startTrace, stopTrace, tasksBetween } from './trace.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = dirname(BENCH_DIR);
const BUNDLE_PATH = '/dist/license-plan-wizard.js';

const { values: options, positionals: bundleFiles } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '9' },
    page: { type: 'string', default: 'minimal' },
    products: { type: 'string', default: '1000' },
  },
});
if (bundleFiles.length < 2) throw new Error('Give two bundles (or more) to compare.');
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');

const probe = readFileSync(`${BENCH_DIR}/probe.js`, 'utf8');
const bundles = bundleFiles.map((file) => ({ name: basename(file), body: readFileSync(file), samples: [] }));
const floor = { name: 'floor page', samples: [] };

/** Loads `url` in a fresh browser context, with `bundle` (if any) served as the standalone bundle. */
async function firstStep(browser, url, bundle) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument(probe);
    if (bundle) {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === BUNDLE_PATH) {
          request.respond({ status: 200, contentType: 'text/javascript', body: bundle.body });
        } else {
          request.continue();
        }
      });
    }
    await startTrace(page);
    await page.goto(url);
    const painted = await page.evaluate(() => window.__bench.firstStep);
    const tasks = tasksBetween(await stopTrace(page), 0, painted);
    return { ms: painted, longestTaskMs: tasks.longestMs, busyMs: tasks.busyMs };
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const server = await serveStatic(ROOT_DIR);
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const query = options.page === 'catalogue' ? `?n=${options.products}` : '';
  const pageUrl = `${server.origin}/bench/pages/${options.page}.html${query}`;
  const floorUrl = `${server.origin}/bench/pages/floor.html`;
  // One untimed load first: the browser's own start-up work is not the pages'.
  await firstStep(browser, pageUrl, bundles[0]);
  for (let run = 1; run <= runs; run += 1) {
    process.stdout.write(`\rRun ${run} of ${runs}…`);
    // Each run takes the bundles in another order, so a drift of the machine's speed hits all alike.
    const shift = run % bundles.length;
    const order = [...bundles.slice(shift), ...bundles.slice(0, shift)];
    for (const bundle of order) bundle.samples.push(await firstStep(browser, pageUrl, bundle));
    floor.samples.push(await firstStep(browser, floorUrl));
  }
  const floorMs = median(floor.samples.map((sample) => sample.ms));
  process.stdout.write(`\rMedians of ${runs} interleaved runs, ${options.page} page\n`);
  for (const { name, samples } of [...bundles, floor]) {
    const ms = median(samples.map((sample) => sample.ms));
    const longest = median(samples.map((sample) => sample.longestTaskMs));
    const busy = median(samples.map((sample) => sample.busyMs));
    const ratio = options.page === 'minimal' && samples !== floor.samples ? `  ${(ms / floorMs).toFixed(2)}× floor` : '';
    console.log(
      `  ${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms  longest task ${longest.toFixed(1).padStart(6)} ms  busy ${busy.toFixed(1).padStart(6)} ms${ratio}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
