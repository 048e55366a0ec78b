// Prints the min+gzip size of the built bundles and fails when one is over its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  ['dist/license-plan-wizard.js', 'standalone (everything inlined)', 24],
  ['dist/index.js', 'library (lit, @lit/*, zod external)', 12],
];

let over = false;
for (const [file, what, budgetKb] of BUDGETS) {
  const source = readFileSync(file);
  const gz = gzipSync(source, { level: 9 }).length / 1024;
  const ok = gz <= budgetKb;
  over ||= !ok;
  console.log(
    `${file.padEnd(30)} ${(source.length / 1024).toFixed(1).padStart(6)} KB min  ${gz.toFixed(2).padStart(6)} KB min+gzip  budget ${budgetKb} KB  ${ok ? 'ok' : 'OVER BUDGET'}  (${what})`,
  );
}
if (over) process.exit(1);
