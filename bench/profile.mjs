// `node bench/profile.mjs [page] [--products N] [--next | --back | --key | --ref-key]`: a CPU profile of one
// bench page, to find causes rather than guess. It builds an unminified copy of
// the standalone bundle into .tmp/profile/ (whitespace removed only, so function names are readable),
// serves it in place of dist/license-plan-wizard.js, records a V8 CPU profile
// from navigation to the Product heading being painted (or, with --next, of Next
// from Product to Quantity; with --back, of Back from Quantity to Product; with
// --key, of one key typed in Quantity, to the end of the next frame; with --ref-key, of one key
// typed in the purchase ref on References). Before
// Next, Back or the key it waits until the page is idle, as the benchmark does, and
// prints the main thread's tasks and the functions with the most self time, up
// to the paint. Not part of `npm run bench`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from './server.mjs';
import { stopTrace, tasksBetween } from './trace.mjs';
import { walkToReferences } from './measures.mjs';

const TIMELINE = ['-*', 'toplevel', 'blink.user_timing', '__metadata', 'devtools.timeline', 'v8'];
const TASK_EVENT = 'ThreadControllerImpl::RunTask';
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
    next: { type: 'boolean', default: false },
    key: { type: 'boolean', default: false },
    'ref-key': { type: 'boolean', default: false },
    minified: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    'task-ms': { type: 'string', default: '5' },
    inclusive: { type: 'boolean', default: false },
  },
});
const pageName = positionals[0] ?? 'minimal';

if (!options.minified) {
  await build({
    mode: 'standalone',
    logLevel: 'warn',
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      // Whitespace only: names stay readable, and the standalone build's chunk rewriting still finds its imports.
      rolldownOptions: { output: { minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } } } },
    },
  });
}

/**
 * Self time per function (name and place), in milliseconds, largest first, counting only the samples
 * taken up to `untilUs` (trace clock, microseconds: V8's profile and the trace share it). The profiler
 * runs on until the page has told Node the heading was painted: work done after the paint (an idle
 * callback, say) is not the first step's.
 */
function selfTimes(profile, untilUs) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  const deltas = profile.timeDeltas;
  let sampledAtUs = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    sampledAtUs += deltas[index] ?? 0;
    if (sampledAtUs > untilUs) break;
    const node = byId.get(profile.samples[index]);
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').at(-1);
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Like selfTimes, but each function is charged for every sample it is on the stack of (once per
 * sample, however deep it recurses): where whole subtrees of the work go (`--inclusive`).
 */
function inclusiveTimes(profile, untilUs) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = ({ functionName, url, lineNumber }) =>
    `${functionName || '(anonymous)'} ${url.split('/').at(-1)}:${lineNumber + 1}`;
  const totals = new Map();
  let sampledAtUs = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    const deltaMs = (profile.timeDeltas[index] ?? 0) / 1000;
    sampledAtUs += deltaMs * 1000;
    if (sampledAtUs > untilUs) break;
    const onStack = new Set();
    for (let id = profile.samples[index]; id !== undefined; id = parentOf.get(id)) onStack.add(keyOf(byId.get(id).callFrame));
    for (const key of onStack) totals.set(key, (totals.get(key) ?? 0) + deltaMs);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * What the main thread's tasks of `--task-ms` (5 ms) or more, up to the paint, spent their time on
 * (events of at least 40 % of that).
 */
function printLongTasks(events, mark, start, painted) {
  const taskUs = Number(options['task-ms']) * 1000;
  const partUs = taskUs * 0.4;
  const offsetUs = mark.ts - painted * 1000;
  const onMainThread = events.filter((event) => event.ph === 'X' && event.pid === mark.pid && event.tid === mark.tid);
  const isTask = (event) => event.name === TASK_EVENT;
  const tasks = onMainThread.filter((event) => isTask(event) && event.dur >= taskUs);
  for (const task of tasks) {
    const endUs = task.ts + task.dur;
    if (endUs < offsetUs + start * 1000 || task.ts > mark.ts) continue;
    const parts = onMainThread.filter(
      (event) => !isTask(event) && event.dur >= partUs && event.ts >= task.ts && event.ts + event.dur <= endUs,
    );
    const described = parts
      .map(
        (event) => `${event.name}${event.args?.data?.type ? `[${event.args.data.type}]` : ''} ${(event.dur / 1000).toFixed(1)}`,
      )
      .join(', ');
    const at = (task.ts - offsetUs) / 1000;
    console.log(`task at ${at.toFixed(1).padStart(7)} ms: ${(task.dur / 1000).toFixed(1).padStart(6)} ms  ${described}`);
  }
}

const server = await serveStatic(ROOT_DIR);
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.evaluateOnNewDocument(readFileSync(join(BENCH_DIR, 'probe.js'), 'utf8'));
  if (!options.minified) {
    // The bundle and its on-demand chunks (license-plan-wizard-*.js, asked for with an `?entry=` query) come from the profiling build.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const fileName = new URL(request.url()).pathname.match(/\/dist\/(license-plan-wizard[\w.-]*\.js)$/)?.[1];
      if (fileName) {
        request.respond({ status: 200, contentType: 'text/javascript', body: readFileSync(join(OUT_DIR, fileName)) });
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
  const startProfiling = async () => {
    await startTrace(page);
    await session.send('Profiler.start');
  };
  const whenIdle = () => page.evaluate(() => window.__bench.whenIdle());
  const refKey = options['ref-key'];
  if (options.back || options.next || options.key || refKey) {
    await page.goto(url);
    await page.evaluate(() => window.__bench.firstStep);
    const first = pageName === 'catalogue' ? 'Meeting plan 1' : 'Meet Standard';
    await (await page.evaluateHandle((text) => window.__bench.findLabelled(text), first)).click();
    const toQuantity = page.evaluate(() => window.__bench.clickUntilHeading('Quantity'));
    await whenIdle();
    if (options.next) await startProfiling();
    await (await page.evaluateHandle(() => window.__bench.findButton('Next'))).click();
    ({ start, painted } = await toQuantity);
    if (options.back) {
      const toProduct = page.evaluate(() => window.__bench.clickUntilHeading('Product'));
      await whenIdle();
      await startProfiling();
      await (await page.evaluateHandle(() => window.__bench.findButton('Back'))).click();
      ({ start, painted } = await toProduct);
    }
    if (options.key || refKey) {
      await (await page.evaluateHandle(() => window.__bench.findLabelled('Quantity'))).click();
      const typed = page.evaluate(() => window.__bench.keyUntilNextFrame());
      await whenIdle();
      if (options.key) await startProfiling();
      await page.keyboard.press('7');
      ({ start, painted } = await typed);
    }
    if (refKey) {
      await walkToReferences(page);
      await (await page.evaluateHandle(() => window.__bench.findLabelled('Your purchase ref'))).click();
      const typed = page.evaluate(() => window.__bench.keyUntilNextFrame());
      await whenIdle();
      await startProfiling();
      await page.keyboard.press('P');
      ({ start, painted } = await typed);
    }
  } else {
    await startProfiling();
    await page.goto(url);
    painted = await page.evaluate(() => window.__bench.firstStep);
  }
  const { profile } = await session.send('Profiler.stop');
  const events = await stopTrace(page);
  const tasks = tasksBetween(events, start, painted);
  console.log(
    `${pageName}${options.back ? ' (Back)' : ''}${options.next ? ' (Next)' : ''}${options.key ? ' (key)' : ''}${refKey ? ' (purchase ref key)' : ''}: ${(painted - start).toFixed(1)} ms, longest task ${tasks.longestMs.toFixed(1)} ms, busy ${tasks.busyMs.toFixed(1)} ms, ${tasks.tasks} tasks`,
  );
  const main = events.filter((event) => event.name === 'bench:painted').at(-1);
  for (const name of RENDERING_EVENTS) {
    const matching = events.filter((event) => event.name === name && event.ph === 'X' && event.tid === main.tid);
    const totalMs = matching.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
    if (matching.length) console.log(`${totalMs.toFixed(1).padStart(8)} ms  ${name} (${matching.length}×, whole trace)`);
  }
  printLongTasks(events, main, start, painted);
  const times = options.inclusive ? inclusiveTimes(profile, main.ts) : selfTimes(profile, main.ts);
  for (const [where, ms] of times.slice(0, Number(options.top))) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${where}`);
  }
} finally {
  await browser.close();
  await server.close();
}
