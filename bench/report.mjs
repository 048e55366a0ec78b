// Figures in, readable table and JSON out.
import { cpus, loadavg } from 'node:os';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUNDLES = ['dist/license-plan-wizard.js', 'dist/index.js'];

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle];
  return (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of each field over samples that all have the same numeric fields. */
export function medians(samples) {
  const result = {};
  for (const key of Object.keys(samples[0])) {
    result[key] = round(median(samples.map((sample) => sample[key])));
  }
  return result;
}

export function round(value, digits = 1) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Raw and gzip (level 9) bytes of each bundle. */
export function bundleSizes(rootDir) {
  const sizes = {};
  for (const file of BUNDLES) {
    const content = readFileSync(join(rootDir, file));
    sizes[file] = { bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  }
  return sizes;
}

export function machine(chromiumVersion) {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    node: process.version,
    chromium: chromiumVersion,
    platform: `${process.platform} ${process.arch}`,
    /** Other work on the machine makes timings noisy (ratios much less so). */
    loadAverage1m: round(loadavg()[0], 2),
  };
}

const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function row(label, ...cells) {
  return `  ${label.padEnd(44)}${cells.map((cell) => cell.padStart(14)).join('')}`;
}

/** The figures as the table printed to the terminal. */
export function formatTable(results) {
  const { firstStep, stepChange, keystroke, purchaseRefKeystroke, floorKeystroke, floorPurchaseRefKeystroke } = results;
  const { catalogue, memory, sizes } = results;
  const lines = [
    `Medians of ${results.runs} interleaved runs (${results.machine.chromium}, ${results.machine.cpu}, ${results.machine.cores} cores, load ${results.machine.loadAverage1m})`,
    '',
    row('', 'time', 'longest task', 'busy'),
    row('First step, minimal page', ms(firstStep.minimal.ms), ms(firstStep.minimal.longestTaskMs), ms(firstStep.minimal.busyMs)),
    row('First step, floor page', ms(firstStep.floor.ms), ms(firstStep.floor.longestTaskMs), ms(firstStep.floor.busyMs)),
    row('Ratio minimal / floor', `${firstStep.ratio.toFixed(2)}×`),
    row(
      'First step, Lit floor page',
      ms(firstStep.litFloor.ms),
      ms(firstStep.litFloor.longestTaskMs),
      ms(firstStep.litFloor.busyMs),
    ),
    row('Ratio Lit floor / floor', `${firstStep.litFloorRatio.toFixed(2)}×`),
    row('Step change: Next → Quantity painted', ms(stepChange.ms), ms(stepChange.longestTaskMs), ms(stepChange.busyMs)),
    row('Keystroke in Quantity → next frame', ms(keystroke.ms), ms(keystroke.longestTaskMs), ms(keystroke.busyMs)),
    row('  floor: first key in a bare field', ms(floorKeystroke.ms), ms(floorKeystroke.longestTaskMs), ms(floorKeystroke.busyMs)),
    row(
      'Keystroke in purchase ref → next frame',
      ms(purchaseRefKeystroke.ms),
      ms(purchaseRefKeystroke.longestTaskMs),
      ms(purchaseRefKeystroke.busyMs),
    ),
    row(
      '  floor: next key in another bare field',
      ms(floorPurchaseRefKeystroke.ms),
      ms(floorPurchaseRefKeystroke.longestTaskMs),
      ms(floorPurchaseRefKeystroke.busyMs),
    ),
    row(
      `Catalogue of ${catalogue.products}: first step`,
      ms(catalogue.firstStep.ms),
      ms(catalogue.firstStep.longestTaskMs),
      ms(catalogue.firstStep.busyMs),
    ),
    row(
      `Catalogue of ${catalogue.products}: Back → Product`,
      ms(catalogue.back.ms),
      ms(catalogue.back.longestTaskMs),
      ms(catalogue.back.busyMs),
    ),
    '',
    row(
      'Heap after GC: before, 10, 1,000 cycles',
      mb(memory.heapBeforeBytes),
      mb(memory.heapAfter10Bytes),
      mb(memory.heapAfter1000Bytes),
    ),
    row('Live wizard instances after GC', String(memory.liveInstances)),
    '',
    row('Bundle', 'raw', 'gzip -9'),
  ];
  for (const [file, size] of Object.entries(sizes)) {
    lines.push(row(file, kb(size.bytes), kb(size.gzipBytes)));
  }
  return lines.join('\n');
}

/** The main figures as a Markdown table, ready for the README's Performance section. */
export function formatMarkdown(results) {
  const { firstStep, stepChange, keystroke, purchaseRefKeystroke, floorKeystroke, floorPurchaseRefKeystroke } = results;
  const { catalogue, memory, sizes, machine: host } = results;
  const timed = (label, figures) => `| ${label} | ${ms(figures.ms)} | ${ms(figures.longestTaskMs)} |`;
  const lines = [
    `Medians of ${results.runs} interleaved runs of \`npm run bench\` on ${results.date.slice(0, 10)}: ${host.cpu}, ${host.cores} cores (load ${host.loadAverage1m}), ${host.chromium} headless, Node ${host.node}.`,
    '',
    '| Measure | Time | Longest task |',
    '| --- | --- | --- |',
    timed('First step, minimal page', firstStep.minimal),
    timed('First step, floor page', firstStep.floor),
    `| Ratio minimal / floor | ${firstStep.ratio.toFixed(2)}× | |`,
    timed('First step, Lit floor page', firstStep.litFloor),
    `| Ratio Lit floor / floor | ${firstStep.litFloorRatio.toFixed(2)}× | |`,
    timed('Step change (Next → Quantity)', stepChange),
    timed('Keystroke in Quantity (to next frame)', keystroke),
    timed('Floor: first key in a bare field', floorKeystroke),
    timed('Keystroke in the purchase ref (to next frame)', purchaseRefKeystroke),
    timed('Floor: next key in another bare field', floorPurchaseRefKeystroke),
    timed(`${catalogue.products} products: first step`, catalogue.firstStep),
    timed(`${catalogue.products} products: Back to Product`, catalogue.back),
    '',
    `Heap after GC: ${mb(memory.heapAfter10Bytes)} after 10 mount/unmount cycles, ${mb(memory.heapAfter1000Bytes)} after 1,000; ${memory.liveInstances} wizard instances alive.`,
    '',
    '| Bundle | gzip -9 |',
    '| --- | --- |',
  ];
  for (const [file, size] of Object.entries(sizes)) {
    lines.push(`| \`${file}\` | ${kb(size.gzipBytes)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `latest.json` (and a copy named after the time of the run) and `latest.md`. */
export function writeResults(resultsDir, results) {
  mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamp = results.date.replace(/[:.]/g, '-');
  const latest = join(resultsDir, 'latest.json');
  writeFileSync(latest, json);
  writeFileSync(join(resultsDir, `${stamp}.json`), json);
  writeFileSync(join(resultsDir, 'latest.md'), formatMarkdown(results));
  return latest;
}
