/** The msw handlers serve the routes over real fetch: headers in, statuses and held answers out. */
import { expect } from '@open-wc/testing';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, FakeBackend, scenarioNamed, type FakeBackendOptions } from '../../src/mocks/index.js';
import { OrderConfirmationSchema } from '../../src/model/schemas.js';
import { newOrder, TODAY } from './order-helpers.js';

let worker: SetupWorker;
let backend: FakeBackend;

function useBackend(options: FakeBackendOptions = {}) {
  backend = new FakeBackend({ today: TODAY, ...options });
  worker.resetHandlers(...createHandlers(backend, '/portal-api'));
}

const contextUrl = '/portal-api/customers/acme/license-order-context?mode=new';

function submit(headers: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch('/portal-api/customers/acme/license-orders', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'msw-key', ...headers },
    body: JSON.stringify(newOrder({ idempotencyKey: 'msw-key' })),
    signal,
  });
}

before(async () => {
  worker = setupWorker();
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
});

after(() => worker.stop());

describe('msw handlers over the fake backend', () => {
  it('answer in the language of Accept-Language', async () => {
    useBackend();
    const response = await fetch(contextUrl, { headers: { 'Accept-Language': 'fr-FR' } });
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Language')).to.equal('fr');
  });

  it('require the bearer token when the backend has one', async () => {
    useBackend({ token: 'tok' });
    expect((await fetch(contextUrl)).status).to.equal(401);
    expect((await fetch(contextUrl, { headers: { Authorization: 'Bearer tok' } })).status).to.equal(200);
  });

  it('hold the answer of a stored order until the client gives up, then replay it', async () => {
    useBackend({ scenario: scenarioNamed('submitTimesOut') });
    let gaveUp = false;
    try {
      await submit({}, AbortSignal.timeout(300));
    } catch (error) {
      gaveUp = (error as Error).name === 'TimeoutError';
    }
    expect(gaveUp, 'the first answer never came').to.equal(true);
    expect(backend.orders).to.have.length(1);
    const replay = await submit();
    expect(replay.status).to.equal(201);
    expect(OrderConfirmationSchema.parse(await replay.json()).orderId).to.equal(backend.orders[0].orderId);
    // Switching the scenario off releases the held answer, so the worker can stop.
    backend.scenario = {};
  });

  it('send a 201 without orderId when the confirmation is unreadable', async () => {
    useBackend({ scenario: scenarioNamed('confirmationUnreadable') });
    const response = await submit();
    expect(response.status).to.equal(201);
    expect(await response.json()).not.to.have.property('orderId');
  });

  it('answer 403 to a submit that is not allowed', async () => {
    useBackend({ scenario: scenarioNamed('notAllowed') });
    expect((await submit()).status).to.equal(403);
  });
});
