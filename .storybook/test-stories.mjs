// Loads every story of the static Storybook (storybook-static/, from `npm run build-storybook`) in
// headless Chromium, lets its play function and the a11y addon's axe check run, and fails on a
// play-function error, an accessibility violation, an unhandled error or any console error.
//
//   node .storybook/test-stories.mjs [story-id-substring …]
//
// Storybook's own runners (addon-vitest, test-runner) need Playwright browsers; this needs only
// puppeteer-core and the system Chromium (scripts/chromium.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ensureChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const STORY_TIMEOUT = 30_000;

function serve() {
  const server = createServer(async (req, res) => {
    // Chromium asks every origin for /favicon.ico; Storybook's iframe.html has none.
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Installed before any page script: records the preview channel's verdicts.
function listen() {
  window.__verdict = { finished: null, exceptions: [] };
  const hook = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return setTimeout(hook, 10);
    channel.on('storyFinished', (e) => (window.__verdict.finished = e));
    channel.on('docsRendered', () => (window.__verdict.finished ??= { status: 'success', reporters: [] }));
    for (const name of [
      'playFunctionThrewException',
      'storyThrewException',
      'storyErrored',
      'unhandledErrorsWhilePlaying',
      'storyMissing',
    ])
      channel.on(name, (e) => window.__verdict.exceptions.push({ name, e }));
  };
  hook();
}

const filters = process.argv.slice(2);
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

let failures = 0;
try {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((e) => !filters.length || filters.some((f) => e.id.includes(f)));
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  // A story that ends with an order of unknown outcome leaves the wizard's "leave this page?"
  // warning on: accept it, so the next story loads.
  page.on('dialog', (dialog) => void dialog.accept());
  // Media features through the DevTools protocol: this puppeteer's emulateMediaFeatures() refuses
  // forced-colors, which Chromium itself emulates.
  const cdp = await page.createCDPSession();
  const emulateMedia = (features) => cdp.send('Emulation.setEmulatedMedia', { features });
  await page.evaluateOnNewDocument(listen);
  let problems = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // HTTP errors from the fake backend are a story's subject (failSubmit, …); its play function
    // checks that the wizard shows them. Any other failed resource counts.
    if (
      msg.text().startsWith('Failed to load resource') &&
      new URL(msg.location().url ?? '', origin).pathname.startsWith('/api/')
    )
      return;
    problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  // The manager UI itself.
  await page.goto(`${origin}/index.html`, { waitUntil: 'networkidle0' });
  const managerProblems = problems;
  console.log(`${managerProblems.length ? 'FAIL' : 'ok  '} manager (index.html)`);
  for (const p of managerProblems) console.log(`     ${p}`);
  failures += managerProblems.length ? 1 : 0;

  for (const entry of entries) {
    problems = [];
    const started = Date.now();
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`);
    let verdict;
    try {
      await page.waitForFunction(() => window.__verdict?.finished || window.__verdict?.exceptions.length, {
        timeout: STORY_TIMEOUT,
        polling: 50,
      });
      verdict = await page.evaluate(() => JSON.parse(JSON.stringify(window.__verdict)));
    } catch {
      verdict = { finished: null, exceptions: [{ name: 'timeout', e: `no verdict within ${STORY_TIMEOUT} ms` }] };
    }
    for (const { name, e } of verdict.exceptions) problems.push(`${name}: ${e?.message ?? JSON.stringify(e)}`);
    const reports = verdict.finished?.reporters ?? [];
    if (entry.type === 'story' && !reports.some((r) => r.type === 'a11y')) problems.push('no accessibility report');
    for (const report of reports) {
      if (report.status !== 'passed')
        for (const v of report.result?.violations ?? [])
          problems.push(
            `${report.type} ${report.status}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
    }
    if (verdict.finished && verdict.finished.status !== 'success' && !problems.length)
      problems.push(`story finished with status ${verdict.finished.status}`);
    failures += problems.length ? 1 : 0;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.id} (${Date.now() - started} ms)`);
    for (const p of problems) console.log(`     ${p}`);
  }
  // Windows high contrast: in forced-colors mode the current step and the buttons keep visible
  // non-colour cues (borders, weight). Also the 320 px layout. With --screenshots DIR both are saved.
  const checks = [
    {
      id: 'license-plan-wizard--new-quantity',
      name: 'forced-colors',
      media: [{ name: 'forced-colors', value: 'active' }],
      width: 800,
    },
    { id: 'license-plan-wizard--new-quantity', name: 'narrow-320', media: [], width: 320 },
  ];
  const shots = process.env.SCREENSHOTS;
  let checked = 0;
  for (const check of checks) {
    if (filters.length && !filters.some((f) => check.id.includes(f))) continue;
    checked++;
    problems = [];
    await emulateMedia(check.media);
    await page.setViewport({ width: check.width, height: 900 });
    await page.goto(`${origin}/iframe.html?id=${check.id}&viewMode=story`);
    await page.waitForFunction(() => window.__verdict?.finished, { timeout: STORY_TIMEOUT, polling: 50 }).catch(() => {});
    const seen = await page.evaluate(() => {
      const all = [];
      const walk = (n) => {
        for (const e of n.querySelectorAll('*')) {
          all.push(e);
          if (e.shadowRoot) walk(e.shadowRoot);
        }
      };
      walk(document);
      const current = all.find((e) => e.getAttribute('aria-current') === 'step');
      const next = all.find((e) => e.localName === 'button' && e.textContent.trim() === 'Next');
      const c = current && getComputedStyle(current);
      const b = next && getComputedStyle(next);
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        current: c && {
          style: c.borderBottomStyle,
          width: parseFloat(c.borderBottomWidth),
          weight: Number(c.fontWeight),
          visible: current.checkVisibility(),
        },
        next: b && { style: b.borderTopStyle, width: parseFloat(b.borderTopWidth) },
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    if (check.name === 'forced-colors') {
      if (!seen.forced) problems.push('forced-colors emulation did not apply');
      if (!seen.current || seen.current.style !== 'solid' || seen.current.width < 3 || seen.current.weight < 700)
        problems.push(`current step has no non-colour cue: ${JSON.stringify(seen.current)}`);
      if (!seen.next || seen.next.style !== 'solid' || seen.next.width < 1)
        problems.push(`Next button has no border: ${JSON.stringify(seen.next)}`);
    } else if (seen.overflow > 0) problems.push(`scrolls sideways by ${seen.overflow} px at ${check.width} px`);
    if (shots) await page.screenshot({ path: join(shots, `${check.name}.png`) });
    failures += problems.length ? 1 : 0;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${check.name} ${check.id}`);
    for (const p of problems) console.log(`     ${p}`);
  }
  await emulateMedia([]);
  console.log(`stories: ${entries.length + 1 + checked - failures} passed, ${failures} failed`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
