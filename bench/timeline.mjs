// `node bench/timeline.mjs [minimal|floor] [--bundle FILE] [--runs N]`: the whole first step of a
// bench page, from navigation to the painted Product heading, as one timeline read from a Chromium
// trace (no CPU profiler, so times are close to the benchmark's): every main-thread task with no
// threshold and the gaps between them, the page's network requests, V8's compiles on any thread
// (the off-thread streaming compile of the bundle included), and the animation frames. With
// `--runs N` it loads the page N times and prints the last load's timeline and, for every load, the
// totals of where the time went, and its tasks of `--long` ms or more. `--bundle` serves another standalone bundle in place of
// dist/license-plan-wizard.js. Not part of `npm run bench`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from './server.mjs';
import { mainThreadTasks as tasksOf, stopTrace } from './trace.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = dirname(BENCH_DIR);
const BUNDLE_PATH = '/dist/license-plan-wizard.js';
const CATEGORIES = [
  '-*',
  'toplevel',
  'blink.user_timing',
  '__metadata',
  'devtools.timeline',
  'loading',
  'v8',
  'disabled-by-default-v8.compile',
];
/** Tasks shorter than this that did nothing named, with no gap before them, are counted, not listed. */
const SHORT_TASK_US = 500;
/** Parts of a task shorter than this are left out. */
const SHOWN_PART_US = 100;
/** Gaps from this long are shown. */
const SHOWN_GAP_US = 1000;
/** What a main-thread task is said to be doing: its events of these names (the first found wins a tie). */
const TASK_PARTS = [
  'ParseHTML',
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compileModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ResourceReceivedData',
  'ResourceReceiveResponse',
  'RunYieldContinuation',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
];
const NETWORK_EVENTS = new Set(['ResourceSendRequest', 'ResourceReceiveResponse', 'ResourceFinish']);
/** Off the main thread: V8's compile and parse work. */
const isCompileEvent = (name) => /compile|parse|Streaming|Deserialize/i.test(name);

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bundle: { type: 'string' },
    runs: { type: 'string', default: '1' },
    save: { type: 'string' },
    long: { type: 'string', default: '15' },
  },
});
const pageName = positionals[0] ?? 'minimal';
const runs = Number(options.runs);

const ms = (us) => (us / 1000).toFixed(1).padStart(6);

/** One load of the page, traced: the events and the trace time (µs) of navigation start and of the paint. */
async function tracedLoad(browser, url, bundleBody) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument(readFileSync(join(BENCH_DIR, 'probe.js'), 'utf8'));
    if (bundleBody) {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === BUNDLE_PATH) {
          request.respond({ status: 200, contentType: 'text/javascript', body: bundleBody });
        } else {
          request.continue();
        }
      });
    }
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(url);
    const painted = await page.evaluate(() => window.__bench.firstStep);
    const events = await stopTrace(page);
    const mark = events.filter((event) => event.name === 'bench:painted').at(-1);
    return { events, mark, originUs: mark.ts - painted * 1000 };
  } finally {
    await context.close();
  }
}

function threadNames(events) {
  const names = new Map();
  for (const event of events) {
    if (event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  return names;
}

/** The main thread's tasks up to the paint (with their microtask checkpoints), each with what it did. */
function mainThreadTasks({ events, mark, originUs }) {
  const onMain = events.filter((event) => event.ph === 'X' && event.pid === mark.pid && event.tid === mark.tid);
  const named = onMain.filter((event) => TASK_PARTS.includes(event.name));
  const tasks = tasksOf(events, mark).filter((task) => task.end >= originUs && task.ts <= mark.ts);
  return tasks.map((task) => {
    const inside = named.filter((event) => event.ts >= task.ts && event.ts + event.dur <= task.end);
    // Each part once, with its total, largest first; nested parts (a FunctionCall in EvaluateScript) count in both.
    const totals = new Map();
    for (const event of inside) {
      const detail = event.args?.data?.type ?? event.args?.data?.url?.split('/').at(-1) ?? '';
      const key = detail ? `${event.name}[${detail}]` : event.name;
      totals.set(key, (totals.get(key) ?? 0) + event.dur);
    }
    const parts = [...totals]
      .filter(([, dur]) => dur >= SHOWN_PART_US)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    return { startUs: task.ts, endUs: task.end, parts };
  });
}

/** The network events of the page (devtools.timeline), by request. */
function networkEvents({ events, mark }) {
  return events
    .filter((event) => NETWORK_EVENTS.has(event.name) && event.pid === mark.pid)
    .map((event) => {
      const data = event.args?.data ?? {};
      const what = data.url ? data.url.split('/').at(-1) : `request ${data.requestId}`;
      return { atUs: event.ts, text: `${event.name} ${what}${data.encodedDataLength ? ` (${data.encodedDataLength} B)` : ''}` };
    });
}

/** V8 compile and parse events of the renderer on other threads than the main one. */
function offThreadCompiles({ events, mark }, names) {
  return events
    .filter(
      (event) =>
        event.ph === 'X' && event.pid === mark.pid && event.tid !== mark.tid && isCompileEvent(event.name) && event.dur >= 100,
    )
    .map((event) => ({
      startUs: event.ts,
      endUs: event.ts + event.dur,
      thread: names.get(`${event.pid}:${event.tid}`) ?? event.tid,
      name: event.name,
    }));
}

/** Animation frames on the main thread: each BeginMainThreadFrame and each rAF callback. */
function frames({ events, mark }) {
  const names = new Set(['BeginMainThreadFrame', 'FireAnimationFrame', 'RequestAnimationFrame']);
  return events.filter((event) => names.has(event.name) && event.pid === mark.pid && event.tid === mark.tid);
}

function printTimeline(load, names) {
  const { originUs, mark } = load;
  const at = (us) => ms(us - originUs);
  const lines = [];
  let previousEndUs = originUs;
  // Runs of short tasks that did nothing named are one line: "n short tasks".
  let short = null;
  const flushShort = () => {
    if (!short) return;
    const text = `${at(short.startUs)} main  ${String(short.count).padStart(3)} short tasks, ${ms(short.busyUs).trim()} ms busy over ${ms(short.endUs - short.startUs).trim()} ms`;
    lines.push({ us: short.startUs, text });
    short = null;
  };
  for (const task of mainThreadTasks(load)) {
    const gapUs = task.startUs - previousEndUs;
    const durationUs = task.endUs - task.startUs;
    if (gapUs < SHOWN_GAP_US && durationUs < SHORT_TASK_US && task.parts.length === 0) {
      short ??= { startUs: task.startUs, endUs: task.endUs, count: 0, busyUs: 0 };
      short.count += 1;
      short.busyUs += durationUs;
      short.endUs = task.endUs;
      previousEndUs = Math.max(previousEndUs, task.endUs);
      continue;
    }
    flushShort();
    const parts = task.parts.map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)}`).join(', ');
    const gap = gapUs >= SHOWN_GAP_US ? `gap ${(gapUs / 1000).toFixed(1)}` : '';
    lines.push({ us: task.startUs, text: `${at(task.startUs)} main  task ${ms(durationUs)} ms ${gap.padStart(10)}  ${parts}` });
    previousEndUs = Math.max(previousEndUs, task.endUs);
  }
  flushShort();
  for (const event of networkEvents(load)) lines.push({ us: event.atUs, text: `${at(event.atUs)} net   ${event.text}` });
  for (const event of offThreadCompiles(load, names)) {
    lines.push({
      us: event.startUs,
      text: `${at(event.startUs)} ${String(event.thread).slice(0, 5).padEnd(5)} ${event.name} ${ms(event.endUs - event.startUs)} ms`,
    });
  }
  for (const event of frames(load)) {
    const duration = event.dur ? ` ${ms(event.dur)} ms` : '';
    lines.push({ us: event.ts, text: `${at(event.ts)} frame ${event.name}${duration}` });
  }
  lines.push({ us: mark.ts, text: `${at(mark.ts)} ----- bench:painted` });
  lines.sort((a, b) => a.us - b.us);
  for (const line of lines) if (line.us <= mark.ts + 1) console.log(line.text);
}

/** The first event named `name` (on the page's renderer) whose URL ends with `file`, if any. */
function firstEvent({ events, mark }, name, file = '') {
  return events.find(
    (event) => event.name === name && event.pid === mark.pid && (!file || (event.args?.data?.url ?? '').endsWith(file)),
  );
}

/**
 * Where the time to the paint went, as milestones (ms from navigation start) and the main thread's
 * busy and idle time, in ms: the HTML's request, the bundle's request, its off-thread compile, its
 * evaluation, and the last frame before the paint.
 */
function summary(load, names) {
  const { originUs, mark } = load;
  const tasks = mainThreadTasks(load);
  const busyUs = tasks.reduce((sum, task) => sum + Math.min(task.endUs, mark.ts) - Math.max(task.startUs, originUs), 0);
  const longestUs = Math.max(...tasks.map((task) => Math.min(task.endUs, mark.ts) - Math.max(task.startUs, originUs)));
  const compiles = offThreadCompiles(load, names)
    .filter((event) => event.name === 'v8.parseOnBackground')
    .map((event) => ({ ts: event.startUs, dur: event.endUs - event.startUs }));
  const evaluation = load.events.find(
    (event) => event.name === 'v8.evaluateModule' && event.tid === mark.tid && event.dur > 1000,
  );
  const lastFrame = load.events
    .filter((event) => event.name === 'FireAnimationFrame' && event.tid === mark.tid && event.ts < mark.ts)
    .at(-1);
  const totalUs = mark.ts - originUs;
  const milestone = (event) => (event ? (event.ts - originUs) / 1000 : NaN);
  const milestoneEnd = (event) => (event ? (event.ts + event.dur - originUs) / 1000 : NaN);
  return {
    total: totalUs / 1000,
    busy: busyUs / 1000,
    idle: (totalUs - busyUs) / 1000,
    longest: longestUs / 1000,
    'html request': milestone(firstEvent(load, 'ResourceSendRequest', '.html')),
    'bundle request': milestone(firstEvent(load, 'ResourceSendRequest', 'license-plan-wizard.js')),
    'compile start': milestone(compiles[0]),
    'compile end': milestoneEnd(compiles[0]),
    'evaluate start': milestone(evaluation),
    'evaluate end': milestoneEnd(evaluation),
    'last frame': milestone(lastFrame),
  };
}

/** The tasks of one load that took `--long` ms or more (15 by default), with what they did. */
function printLongTasks(load) {
  const longUs = Number(options.long) * 1000;
  for (const task of mainThreadTasks(load)) {
    if (task.endUs - task.startUs < longUs || task.startUs > load.mark.ts) continue;
    const parts = task.parts.map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)}`).join(', ');
    console.log(`    task at ${ms(task.startUs - load.originUs)}: ${ms(task.endUs - task.startUs)} ms  ${parts}`);
  }
}

function median(values) {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const describe = (figures) =>
  Object.entries(figures)
    .filter(([, value]) => !Number.isNaN(value))
    .map(([name, value]) => `${name} ${value.toFixed(1)}`)
    .join(', ');

const server = await serveStatic(ROOT_DIR);
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const url = `${server.origin}/bench/pages/${pageName}.html`;
  const bundleBody = options.bundle ? readFileSync(options.bundle) : undefined;
  // One untimed load first: the browser's own start-up work is not the page's.
  await tracedLoad(browser, url, bundleBody);
  let last;
  const samples = [];
  for (let run = 1; run <= runs; run += 1) {
    last = await tracedLoad(browser, url, bundleBody);
    samples.push(summary(last, threadNames(last.events)));
    console.log(`${pageName} run ${run}: ${describe(samples.at(-1))}`);
    printLongTasks(last);
  }
  const medians = Object.fromEntries(
    Object.keys(samples[0]).map((name) => [name, median(samples.map((sample) => sample[name]))]),
  );
  console.log(`${pageName} medians of ${runs}: ${describe(medians)}`);
  if (options.save) writeFileSync(options.save, JSON.stringify({ originUs: last.originUs, traceEvents: last.events }));
  console.log(`\nTimeline of the last run (ms from navigation start):`);
  printTimeline(last, threadNames(last.events));
} finally {
  await browser.close();
  await server.close();
}
