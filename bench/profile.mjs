// `node bench/profile.mjs [page] [--products N] [--back]`: a CPU profile of one
// bench page, to find causes rather than guess. It builds an unminified copy of
// the standalone bundle into .tmp/profile/ (so function names are readable),
// serves it in place of dist/license-plan-wizard.js, records a V8 CPU profile
// from navigation to the Product heading being painted (or, with --back, of
// Back from Quantity to Product), and prints the functions with the most self
// time and the long main-thread tasks. Not part of `npm run bench`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from './server.mjs';
import { stopTrace, tasksBetween } from './trace.mjs';

const TIMELINE = ['-*', 'toplevel', 'blink.user_timing', '__metadata', 'devtools.timeline'];
const RENDERING_EVENTS = [
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
];
const startTrace = (page) => page.tracing.start({ categories: TIMELINE });

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = dirname(BENCH_DIR);
const OUT_DIR = join(ROOT_DIR, '.tmp', 'profile');

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    products: { type: 'string', default: '1000' },
    back: { type: 'boolean', default: false },
    minified: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
  },
});
const pageName = positionals[0] ?? 'minimal';

if (!options.minified) {
  await build({
    mode: 'standalone',
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true, rolldownOptions: { output: { minify: false } } },
  });
}

/** Self time per function (name and place), in milliseconds, largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  const deltas = profile.timeDeltas;
  for (let index = 0; index < profile.samples.length; index += 1) {
    const node = byId.get(profile.samples[index]);
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').at(-1);
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const server = await serveStatic(ROOT_DIR);
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.evaluateOnNewDocument(readFileSync(join(BENCH_DIR, 'probe.js'), 'utf8'));
  if (!options.minified) {
    const bundle = readFileSync(join(OUT_DIR, 'license-plan-wizard.js'));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith('/dist/license-plan-wizard.js')) {
        request.respond({ status: 200, contentType: 'text/javascript', body: bundle });
      } else {
        request.continue();
      }
    });
  }
  const query = pageName === 'catalogue' ? `?n=${options.products}` : '';
  const url = `${server.origin}/bench/pages/${pageName}.html${query}`;
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  let start = 0;
  let painted;
  if (options.back) {
    await page.goto(url);
    await page.evaluate(() => window.__bench.firstStep);
    const first = pageName === 'catalogue' ? 'Meeting plan 1' : 'Meet Standard';
    await (await page.evaluateHandle((text) => window.__bench.findLabelled(text), first)).click();
    const toQuantity = page.evaluate(() => window.__bench.clickUntilHeading('Quantity'));
    await (await page.evaluateHandle(() => window.__bench.findButton('Next'))).click();
    await toQuantity;
    const toProduct = page.evaluate(() => window.__bench.clickUntilHeading('Product'));
    await startTrace(page);
    await session.send('Profiler.start');
    await (await page.evaluateHandle(() => window.__bench.findButton('Back'))).click();
    ({ start, painted } = await toProduct);
  } else {
    await startTrace(page);
    await session.send('Profiler.start');
    await page.goto(url);
    painted = await page.evaluate(() => window.__bench.firstStep);
  }
  const { profile } = await session.send('Profiler.stop');
  const events = await stopTrace(page);
  const tasks = tasksBetween(events, start, painted);
  console.log(
    `${pageName}${options.back ? ' (Back)' : ''}: ${(painted - start).toFixed(1)} ms, longest task ${tasks.longestMs.toFixed(1)} ms, busy ${tasks.busyMs.toFixed(1)} ms`,
  );
  const main = events.filter((event) => event.name === 'bench:painted').at(-1);
  for (const name of RENDERING_EVENTS) {
    const matching = events.filter((event) => event.name === name && event.ph === 'X' && event.tid === main.tid);
    const totalMs = matching.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
    if (matching.length) console.log(`${totalMs.toFixed(1).padStart(8)} ms  ${name} (${matching.length}×, whole trace)`);
  }
  for (const [where, ms] of selfTimes(profile).slice(0, Number(options.top))) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${where}`);
  }
} finally {
  await browser.close();
  await server.close();
}
