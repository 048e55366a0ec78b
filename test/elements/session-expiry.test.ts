/**
 * Session expiry as users meet it (issue 15): a 401 or 403 from any call is a definite refusal, said
 * truthfully without the status, reported to the host with it, and the draft is kept.
 */
import { expect } from '@open-wc/testing';
import { scenarioNamed } from '../../src/mocks/scenario.js';
import {
  button,
  click,
  control,
  fakeBackend,
  headingIs,
  mount,
  queryButton,
  record,
  toReview,
  until,
  visibleText,
  whenChecked,
} from '../helpers/harness.js';

const SESSION_ENDED = 'Your session has ended. Sign in again, then try again: what you entered is kept.';

describe('session expiry (HTTP 401) and missing rights (HTTP 403)', () => {
  it('a 401 on Place order says the session ended, keeps the draft, and the order goes through after signing in', async () => {
    const backend = await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    const events = record(el);
    await toReview(el);
    await whenChecked(el);
    await click(el, control(el, /I confirm that I am authorized/));
    backend.scenario = scenarioNamed('sessionExpired');
    await click(el, button(el, 'Place order'));
    await until(el, () => visibleText(el).includes(SESSION_ENDED), 'the session-ended sentence');
    expect(visibleText(el), 'a definite refusal').to.include('The order was not placed');
    expect(visibleText(el), 'no HTTP status in what users read').not.to.match(/\b401\b/);
    const error = events.find((e) => e.type === 'lpw-error');
    expect(error?.detail, 'the host gets the status').to.include({ kind: 'submit', status: 401, outcome: 'not-placed' });
    expect(backend.orders.length, 'nothing ordered').to.equal(0);
    // The draft is kept: still on Review, with what was entered.
    await headingIs(el, 'Review');
    expect(visibleText(el)).to.include('PO-2026-118');
    expect(sessionStorage.length, 'the draft is saved for after signing in').to.be.greaterThan(0);
    // Signed in again: Try again places the order once.
    backend.scenario = {};
    await click(el, button(el, 'Try again'));
    await headingIs(el, 'Order placed');
    expect(backend.orders.length).to.equal(1);
  });

  it('a 401 on loading says the session ended and reports the status to the host', async () => {
    const backend = await fakeBackend({ scenario: scenarioNamed('sessionExpired') });
    const errors: CustomEvent[] = [];
    const listen = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('lpw-error', listen);
    try {
      const el = await mount({ 'customer-id': 'acme' });
      await until(el, () => visibleText(el).includes(SESSION_ENDED), 'the session-ended sentence on the load panel');
      expect(visibleText(el)).not.to.match(/\b401\b/);
      expect(errors.map((e) => e.detail as unknown)).to.deep.include({ kind: 'load', message: SESSION_ENDED, status: 401 });
      backend.scenario = {};
      await click(el, button(el, 'Try again'));
      await headingIs(el, 'Product');
      expect(queryButton(el, 'Next'), 'the wizard works after signing in').to.exist;
    } finally {
      document.removeEventListener('lpw-error', listen);
    }
  });

  it('a 403 says the user may not do this, without the status', async () => {
    const backend = await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    const events = record(el);
    backend.scenario = scenarioNamed('notAllowed');
    await toReview(el);
    await until(el, () => visibleText(el).includes('You are not allowed to do this.'), 'the not-allowed sentence');
    expect(visibleText(el)).not.to.match(/\b403\b/);
    const error = events.find((e) => e.type === 'lpw-error');
    expect(error?.detail).to.include({ kind: 'validate', status: 403 });
  });
});
