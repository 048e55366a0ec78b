// The standalone bundle (run `npm run build` first) asks V8 to compile all of its functions eagerly,
// in the background while it streams in (vite.config.ts, `compileHint`): nearly all of it runs before
// the first step is painted, and a function compiled lazily is compiled on the main thread. The hint
// only counts as the file's first line. The later steps' chunk, which loads in idle time, goes without
// it. (Read from disk: the test runner's dev server rewrites the .js files it serves.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const dist = (file) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');

test('the standalone bundle opens with the compile hint, on a line of its own', () => {
  const bundle = dist('license-plan-wizard.js');
  assert.equal(bundle.split('\n')[0], COMPILE_HINT);
});

test('the later steps’ chunk goes without the hint', () => {
  const bundle = dist('license-plan-wizard.js');
  const chunkName = bundle.match(/license-plan-wizard-lazy-chunk-[\w-]+\.js/)?.[0];
  assert.ok(chunkName, 'the bundle names its later steps’ chunk');
  assert.ok(!dist(chunkName).includes(COMPILE_HINT));
});
