import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runChecker, startServer } from './servers.mjs';

const ALL_CHECKS = [
  'context-new',
  'context-change',
  'accept-language',
  'unknown-customer',
  'validate-good',
  'validate-below-usage',
  'submit-idempotent',
  'quote-expired',
  'plan-changed',
];

/** Runs the checker with --json against a server started with `serverArgs`. */
async function check(serverArgs, checkerArgs = ['--place-orders']) {
  const server = await startServer(serverArgs);
  try {
    const run = await runChecker([
      '--base-url',
      server.url,
      '--customer',
      'acme',
      '--plan',
      'plan-acme-1',
      '--json',
      ...checkerArgs,
    ]);
    const outcomes = Object.fromEntries(JSON.parse(run.stdout).results.map((r) => [r.id, r.outcome]));
    return { ...run, outcomes };
  } finally {
    await server.stop();
  }
}

describe('license-plan-wizard-check', () => {
  it('passes every check against the reference server, and exits 0', async () => {
    const run = await check([]);
    assert.deepEqual(Object.keys(run.outcomes), ALL_CHECKS);
    for (const id of ALL_CHECKS) assert.equal(run.outcomes[id], 'pass', id);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /PLACES REAL ORDERS/);
  });

  it('is read-only by default: no order checks and no warning', async () => {
    const run = await check([], []);
    assert.deepEqual(Object.keys(run.outcomes), ['context-new', 'context-change', 'accept-language', 'unknown-customer']);
    assert.doesNotMatch(run.stderr, /PLACES REAL ORDERS/);
    assert.equal(run.code, 0);
  });

  it('sends the headers it is given (a server that needs a token)', async () => {
    const without = await check(['--token', 't0k'], []);
    assert.equal(without.outcomes['context-new'], 'fail');
    const withToken = await check(['--token', 't0k'], ['--header', 'Authorization: Bearer t0k']);
    assert.equal(withToken.outcomes['context-new'], 'pass');
    assert.equal(withToken.code, 0);
  });

  const FAULTS = [
    ['idempotency', 'submit-idempotent'],
    ['schema', 'context-new'],
    ['status', 'unknown-customer'],
  ];
  for (const [fault, caughtBy] of FAULTS) {
    it(`catches a server broken in its ${fault}, and exits 1`, async () => {
      const run = await check(['--broken', fault]);
      assert.equal(run.outcomes[caughtBy], 'fail');
      assert.equal(run.code, 1);
    });
  }

  it('reports an unreachable server as a failure', async () => {
    const run = await runChecker(['--base-url', 'http://127.0.0.1:9/api', '--customer', 'acme', '--json', '--timeout', '2000']);
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stdout).results.at(-1).outcome, 'fail');
  });
});
