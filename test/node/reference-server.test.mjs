import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer } from './servers.mjs';

const order = (patch = {}) => ({
  customerId: 'acme',
  mode: 'new',
  productId: 'connect-essentials',
  quantity: 40,
  cadence: 'prepay-3y',
  startDate: '2026-11-26',
  costCenterId: 'cc-it',
  purchaseRef: 'PO-1',
  purchaserConfirmed: true,
  idempotencyKey: 'node-key-1',
  ...patch,
});

const post = (url, body, headers = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('reference server', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  it('prints its URL and port', () => {
    assert.match(server.printed(), /listening on http:\/\/127\.0\.0\.1:\d+\/api \(port \d+\)/);
  });

  it('serves the order context in the language asked for', async () => {
    const response = await fetch(`${server.url}/customers/acme/license-order-context?mode=new`, {
      headers: { 'Accept-Language': 'nb-NO' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-language'), 'nb');
    const body = await response.json();
    assert.equal(body.products.find((p) => p.id === 'connect-essentials').description, 'Delte virtuelle møterom for team.');
  });

  it('answers 404 for an unknown customer', async () => {
    const response = await fetch(`${server.url}/customers/nobody/license-order-context?mode=new`);
    assert.equal(response.status, 404);
  });

  it('keeps the idempotency store across requests', async () => {
    const url = `${server.url}/customers/acme/license-orders`;
    const first = await post(url, order(), { 'Idempotency-Key': 'node-key-1' });
    const second = await post(url, order(), { 'Idempotency-Key': 'node-key-1' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal((await first.json()).orderId, (await second.json()).orderId);
  });

  it('lets the demo page call it across origins (CORS)', async () => {
    const response = await fetch(`${server.url}/customers/acme/license-orders`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.match(response.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    const foreign = await fetch(`${server.url}/customers/acme/license-order-context?mode=new`, {
      headers: { Origin: 'https://elsewhere.example' },
    });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });
});

describe('reference server with --token', () => {
  let server;
  before(async () => {
    server = await startServer(['--token', 'tok-123']);
  });
  after(() => server.stop());

  it('answers 401 with a message without the bearer token, and 200 with it', async () => {
    const url = `${server.url}/customers/acme/license-order-context?mode=new`;
    const refused = await fetch(url);
    assert.equal(refused.status, 401);
    assert.equal(typeof (await refused.json()).message, 'string');
    assert.equal((await fetch(url, { headers: { Authorization: 'Bearer wrong' } })).status, 401);
    assert.equal((await fetch(url, { headers: { Authorization: 'Bearer tok-123' } })).status, 200);
  });
});

describe('reference server with --scenario submitTimesOut', () => {
  let server;
  before(async () => {
    server = await startServer(['--scenario', 'submitTimesOut']);
  });
  after(() => server.stop());

  it('stores the order without answering, then answers the replay with it', async () => {
    const url = `${server.url}/customers/acme/license-orders`;
    const headers = { 'Idempotency-Key': 'lost-answer' };
    await assert.rejects(
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(order({ idempotencyKey: 'lost-answer' })),
        signal: AbortSignal.timeout(500),
      }),
      { name: 'TimeoutError' },
    );
    const replay = await post(url, order({ idempotencyKey: 'lost-answer' }), headers);
    assert.equal(replay.status, 201);
    const { orderId } = await replay.json();
    assert.equal(orderId, 'ORD-2026-0001');
  });
});

describe('reference server arguments', () => {
  it('refuses an unknown scenario', async () => {
    await assert.rejects(startServer(['--scenario', 'no-such-thing']), /exited with 2/);
  });
});
