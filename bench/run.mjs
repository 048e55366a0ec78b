// `npm run bench`: builds if needed, serves the repository, and measures the
// wizard in one headless Chromium run. See bench/README.md.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';
import { serveStatic } from './server.mjs';
import { sampleCatalogue, sampleFloor, sampleFloorKeys, sampleMemory, sampleMinimal } from './measures.mjs';
import { BUNDLES, bundleSizes, formatTable, machine, medians, round, writeResults } from './report.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = dirname(BENCH_DIR);
/** `--check` fails above this minimal/floor ratio. */
const MAX_RATIO = 2.0;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    products: { type: 'string', default: '1000' },
    check: { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
const products = Number(options.products);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');
if (!Number.isInteger(products) || products < 1) throw new Error('--products must be a whole number ≥ 1');

function newestModification(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const modified = statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs;
      if (modified > newest) newest = modified;
    }
  }
  return newest;
}

/** Builds when a bundle is missing or older than the newest file under src/. */
function buildIfNeeded() {
  const bundles = BUNDLES.map((file) => join(ROOT_DIR, file));
  const missing = bundles.some((file) => !existsSync(file));
  let stale = false;
  if (!missing) {
    const oldestBundle = Math.min(...bundles.map((file) => statSync(file).mtimeMs));
    stale = oldestBundle < newestModification(join(ROOT_DIR, 'src'));
  }
  if (!missing && !stale) return;
  console.log(missing ? 'dist/ is missing: building…' : 'dist/ is older than src/: building…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed.');
}

/** Builds the Lit floor (bench/lit-floor/) into .tmp/bench/, every run: it takes a second or two. */
function buildLitFloor() {
  const build = spawnSync('npx', ['vite', 'build', '-c', 'bench/lit-floor/vite.config.mjs'], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('Building the Lit floor failed.');
}

async function measure(browser, origin) {
  const probe = readFileSync(join(BENCH_DIR, 'probe.js'), 'utf8');
  // One untimed load of each page first: the browser's own start-up work is not the pages'.
  await sampleMinimal(browser, origin, probe);
  await sampleFloor(browser, origin, probe);
  await sampleFloor(browser, origin, probe, 'lit-floor');

  const minimal = [];
  const floor = [];
  const litFloor = [];
  const floorKeys = [];
  const catalogue = [];
  for (let run = 1; run <= runs; run += 1) {
    process.stdout.write(`\rRun ${run} of ${runs}…`);
    // Alternate which page goes first, so a drift of the machine's speed hits both alike.
    if (run % 2 === 1) {
      minimal.push(await sampleMinimal(browser, origin, probe));
      floor.push(await sampleFloor(browser, origin, probe));
    } else {
      floor.push(await sampleFloor(browser, origin, probe));
      minimal.push(await sampleMinimal(browser, origin, probe));
    }
    litFloor.push(await sampleFloor(browser, origin, probe, 'lit-floor'));
    floorKeys.push(await sampleFloorKeys(browser, origin, probe));
    catalogue.push(await sampleCatalogue(browser, origin, probe, products));
  }
  process.stdout.write('\rMemory: 1,000 mount/unmount cycles…\n');
  const memory = await sampleMemory(browser, origin, probe);

  const minimalFirstStep = medians(minimal.map((sample) => sample.firstStep));
  const floorFirstStep = medians(floor);
  const litFloorFirstStep = medians(litFloor);
  return {
    firstStep: {
      minimal: minimalFirstStep,
      floor: floorFirstStep,
      ratio: round(minimalFirstStep.ms / floorFirstStep.ms, 2),
      litFloor: litFloorFirstStep,
      litFloorRatio: round(litFloorFirstStep.ms / floorFirstStep.ms, 2),
    },
    stepChange: medians(minimal.map((sample) => sample.stepChange)),
    keystroke: medians(minimal.map((sample) => sample.keystroke)),
    purchaseRefKeystroke: medians(minimal.map((sample) => sample.purchaseRefKeystroke)),
    floorKeystroke: medians(floorKeys.map((sample) => sample.keystroke)),
    floorPurchaseRefKeystroke: medians(floorKeys.map((sample) => sample.purchaseRefKeystroke)),
    catalogue: {
      products,
      firstStep: medians(catalogue.map((sample) => sample.firstStep)),
      back: medians(catalogue.map((sample) => sample.back)),
    },
    memory,
    samples: { minimal, floor, litFloor, floorKeys, catalogue },
  };
}

buildIfNeeded();
buildLitFloor();
const server = await serveStatic(ROOT_DIR);
const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
let figures;
let chromiumVersion;
try {
  chromiumVersion = await browser.version();
  figures = await measure(browser, server.origin);
} finally {
  await browser.close();
  await server.close();
}

const { samples, ...summary } = figures;
const results = {
  date: new Date().toISOString(),
  machine: machine(chromiumVersion),
  runs,
  method: {
    serving: 'node:http from the repository root, uncompressed (gzip off), Cache-Control: no-store',
    isolation: 'each sample in a new browser context (empty cache, fresh renderer); one untimed load of each page first',
    painted:
      'requestAnimationFrame loop until the heading exists, then a message posted from that frame (runs after its rendering)',
    tasks:
      'exact durations of renderer main-thread tasks (each RunTask with the microtask checkpoint recorded right after it), clipped to the span, from a Chromium trace (category toplevel); busy = their sum',
    longTaskTotalMs: 'sum of PerformanceObserver longtask entries (tasks ≥ 50 ms only), as a cross-check',
  },
  ...summary,
  sizes: bundleSizes(ROOT_DIR),
  samples,
};
console.log(formatTable(results));
const written = writeResults(join(BENCH_DIR, 'results'), results);
console.log(`\nWritten to ${written}`);

if (options.check && results.firstStep.ratio > MAX_RATIO) {
  console.error(`\nCheck failed: the first step takes ${results.firstStep.ratio}× the floor (at most ${MAX_RATIO}× allowed).`);
  process.exitCode = 1;
}
