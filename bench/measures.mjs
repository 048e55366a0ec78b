// One sample of each measure. Every sample opens its own browser context (an
// empty cache and a fresh renderer), so each page load is a first visit.
import { startTrace, stopTrace, tasksBetween } from './trace.mjs';

const FIRST_STEP = 'Product';
const SECOND_STEP = 'Quantity';

async function openPage(browser, probeSource) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.evaluateOnNewDocument(probeSource);
  return { page, close: () => context.close() };
}

/** The long tasks (≥ 50 ms) the page's own PerformanceObserver saw before `until`, summed. */
async function observedLongTaskMs(page, until) {
  const entries = await page.evaluate(() => window.__bench.longTasks);
  let totalMs = 0;
  for (const entry of entries) {
    if (entry.startTime < until) totalMs += entry.duration;
  }
  return totalMs;
}

/** Loads `url` and times navigation start → the Product heading painted, with the trace's tasks over that time. */
async function loadFirstStep(page, url) {
  await startTrace(page);
  await page.goto(url);
  const painted = await page.evaluate(() => window.__bench.firstStep);
  const events = await stopTrace(page);
  const tasks = tasksBetween(events, 0, painted);
  const longTaskTotalMs = await observedLongTaskMs(page, painted);
  return { ms: painted, longestTaskMs: tasks.longestMs, busyMs: tasks.busyMs, longTaskTotalMs };
}

/**
 * Waits for one frame in the page. The page runs evaluations in the order they
 * are sent, so a probe listener armed by an earlier evaluation is in place after it.
 */
function settle(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/**
 * Waits until the page is idle (see `whenIdle` in probe.js: three idle callbacks in a row with at
 * least 40 ms left each), as a person reads a step before clicking or typing. The wizard's after-paint
 * idle work (Intl warm-up, the later steps' chunk) has then run, so the timed task is the action's own.
 * Throws if the page is still busy after five seconds.
 */
async function settleIdle(page) {
  const idle = await page.evaluate(() => window.__bench.whenIdle());
  if (!idle) throw new Error('The page did not become idle within five seconds.');
}

/**
 * Clicks `control` as a user would (real mouse events) and times the click → the heading painted.
 * `ready` is what to wait for before the click: `settle` (one frame) or `settleIdle`.
 */
async function clickUntilHeading(page, control, heading, ready = settle) {
  const done = page.evaluate((text) => window.__bench.clickUntilHeading(text), heading);
  await ready(page);
  await startTrace(page);
  await control.click();
  const { start, painted } = await done;
  const events = await stopTrace(page);
  const tasks = tasksBetween(events, start, painted);
  return { ms: painted - start, longestTaskMs: tasks.longestMs, busyMs: tasks.busyMs, tasks: tasks.tasks };
}

function findButton(page, text) {
  return page.evaluateHandle((name) => window.__bench.findButton(name), text);
}

function findLabelled(page, text) {
  return page.evaluateHandle((name) => window.__bench.findLabelled(name), text);
}

/** A floor page's first step: `floor` (vanilla, inline) or `lit-floor` (a LitElement loaded as the wizard is). */
export async function sampleFloor(browser, origin, probeSource, pageName = 'floor') {
  const { page, close } = await openPage(browser, probeSource);
  try {
    return await loadFirstStep(page, `${origin}/bench/pages/${pageName}.html`);
  } finally {
    await close();
  }
}

/**
 * Types `key` into the control labelled `label` (clicked first, to focus it) and times its keydown →
 * the end of the frame after its input event. The page is left to become idle first (settleIdle).
 * Throws if the click did not put focus in the field.
 */
async function timeKey(page, label, key) {
  const field = await findLabelled(page, label);
  await field.click();
  // A key typed elsewhere would never reach the field's input event: fail clearly instead.
  await page.waitForFunction((control) => window.__bench.focused() === control, { timeout: 5000 }, field);
  const typed = page.evaluate(() => window.__bench.keyUntilNextFrame());
  await settleIdle(page);
  await startTrace(page);
  await page.keyboard.press(key);
  const { start, painted } = await typed;
  const events = await stopTrace(page);
  const tasks = tasksBetween(events, start, painted);
  return { ms: painted - start, longestTaskMs: tasks.longestMs, busyMs: tasks.busyMs, tasks: tasks.tasks };
}

/** The control labelled `label`, clicked as a user would. */
async function clickLabelled(page, label) {
  await (await findLabelled(page, label)).click();
}

/**
 * From Quantity (filled in) to References, the step with the purchase ref: Next, Monthly, Next,
 * Next (Start date keeps its default). Untimed.
 */
export async function walkToReferences(page) {
  await clickUntilHeading(page, await findButton(page, 'Next'), 'Payment');
  await clickLabelled(page, 'Monthly');
  await clickUntilHeading(page, await findButton(page, 'Next'), 'Start date');
  await clickUntilHeading(page, await findButton(page, 'Next'), 'References');
}

/**
 * The minimal page: its first step; then, after choosing the first product,
 * Next → Quantity (a step change); then one key typed in Quantity; then, on
 * References, one key typed in the purchase ref. Before the step change and
 * each key, the page is left to become idle (settleIdle).
 */
export async function sampleMinimal(browser, origin, probeSource) {
  const { page, close } = await openPage(browser, probeSource);
  try {
    const firstStep = await loadFirstStep(page, `${origin}/bench/pages/minimal.html`);
    await clickLabelled(page, 'Meet Standard');
    const stepChange = await clickUntilHeading(page, await findButton(page, 'Next'), SECOND_STEP, settleIdle);
    const keystroke = await timeKey(page, 'Quantity', '7');
    await walkToReferences(page);
    const purchaseRefKeystroke = await timeKey(page, 'Your purchase ref', 'P');
    return { firstStep, stepChange, keystroke, purchaseRefKeystroke };
  } finally {
    await close();
  }
}

/**
 * The keystroke floor (floor-keys.html): a key typed into a bare native field in a shadow root, into
 * a number-like field and a text field, timed as the wizard's keystrokes are.
 */
export async function sampleFloorKeys(browser, origin, probeSource) {
  const { page, close } = await openPage(browser, probeSource);
  try {
    await page.goto(`${origin}/bench/pages/floor-keys.html`);
    const keystroke = await timeKey(page, 'Quantity', '7');
    const purchaseRefKeystroke = await timeKey(page, 'Your purchase ref', 'P');
    return { keystroke, purchaseRefKeystroke };
  } finally {
    await close();
  }
}

/** The catalogue page with `products` products: its first step, then Back to Product from Quantity. */
export async function sampleCatalogue(browser, origin, probeSource, products) {
  const { page, close } = await openPage(browser, probeSource);
  try {
    const firstStep = await loadFirstStep(page, `${origin}/bench/pages/catalogue.html?n=${products}`);
    await (await findLabelled(page, 'Meeting plan 1')).click();
    await clickUntilHeading(page, await findButton(page, 'Next'), SECOND_STEP);
    const back = await clickUntilHeading(page, await findButton(page, 'Back'), FIRST_STEP);
    return { firstStep, back };
  } finally {
    await close();
  }
}

async function heapAfterGarbageCollection(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Mounts and unmounts the wizard 10, then 1,000 times in all (half of the
 * cycles removed mid-load), and reads the heap after GC each time; then counts
 * the wizard instances still alive.
 */
export async function sampleMemory(browser, origin, probeSource) {
  const { page, close } = await openPage(browser, probeSource);
  try {
    await page.goto(`${origin}/bench/pages/memory.html`);
    await page.waitForFunction(() => window.benchReady === true);
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.enable');
    const before = await heapAfterGarbageCollection(session);
    await page.evaluate(() => window.mountCycles(10));
    const after10 = await heapAfterGarbageCollection(session);
    await page.evaluate(() => window.mountCycles(990));
    const after1000 = await heapAfterGarbageCollection(session);
    const prototype = await page.evaluateHandle(() => customElements.get('license-plan-wizard').prototype);
    const instances = await page.queryObjects(prototype);
    const liveInstances = await instances.evaluate((found) => found.length);
    return { heapBeforeBytes: before, heapAfter10Bytes: after10, heapAfter1000Bytes: after1000, liveInstances };
  } finally {
    await close();
  }
}
