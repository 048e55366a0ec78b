// Prints the min+gzip size of the built bundles against their budgets, and fails when one is over
// its budget — or, with --ceiling (as CI runs it), only when one grew past its ceiling: the size
// main had when the ceiling was last lowered, plus a little room. CI thus stops growth while the
// budgets are not met; lower a ceiling whenever a bundle shrinks.
// A bundle counts with every local chunk it imports statically (what loads with it); chunks it
// imports dynamically (translations, fetched only for that language) are not counted.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  // file, what it is, budget KB, ceiling KB
  ['dist/license-plan-wizard.js', 'standalone (everything inlined)', 24, 28.4],
  ['dist/index.js', 'library (lit, @lit/*, zod external)', 12, 16],
];
const enforceCeiling = process.argv.includes('--ceiling');

/** The file and the local files it imports statically, each once. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports and re-exports of relative paths; `import(` (dynamic) is left out.
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"`;()]*?\sfrom\s*)?["'](\.[^"']+)["']/g))
    closure(join(dirname(file), spec), seen);
  return seen;
}

let over = false;
for (const [file, what, budgetKb, ceilingKb] of BUDGETS) {
  const files = [...closure(file)];
  const source = Buffer.concat(files.map((f) => readFileSync(f)));
  const gz = gzipSync(source, { level: 9 }).length / 1024;
  const ok = gz <= budgetKb;
  over ||= enforceCeiling ? gz > ceilingKb : !ok;
  const extra = files.length > 1 ? ` + ${files.slice(1).join(', ')}` : '';
  console.log(
    `${file.padEnd(30)} ${(source.length / 1024).toFixed(1).padStart(6)} KB min  ${gz.toFixed(2).padStart(6)} KB min+gzip  budget ${budgetKb} KB  ${ok ? 'ok' : 'OVER BUDGET'}  ceiling ${ceilingKb} KB${gz > ceilingKb ? ' EXCEEDED' : ''}  (${what}${extra})`,
  );
}
if (over) process.exit(1);
