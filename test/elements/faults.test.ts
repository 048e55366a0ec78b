/**
 * Every call can fail, and the user can always recover: for loadContext,
 * validateOrder and submitOrder, each fault (a rejected promise, a time-out, a
 * payload that breaks the contract, and through the HTTP client a non-2xx
 * answer, invalid JSON and a network failure) must give a specific message in
 * role="alert", a "Try again" that works once the fault is gone, one lpw-error
 * of the right kind, and leave the draft as it was.
 *
 * The backend here is an in-memory FakeBackend behind a client (or behind a
 * fake `fetch` for the HTTP client), so each fault is switched on and off
 * exactly, without msw.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  TODAY,
  button,
  click,
  control,
  deepAll,
  errorOf,
  heading,
  headingIs,
  mount,
  record,
  settle,
  type,
  until,
  visibleText,
  activeElement,
  next,
  toReferences,
  toReview,
  whenChecked,
} from '../helpers/harness.js';
import { OrderRejectedError, createHttpClient, type LicensePlanApiClient, type LicensePlanWizard } from '../../src/index.js';
import type { LicenseOrder } from '../../src/model/schemas.js';
import { FakeBackend } from '../../src/mocks/backend.js';

type Call = 'loadContext' | 'validateOrder' | 'submitOrder';
type ClientFault = 'reject' | 'hang' | 'bad-payload';
type HttpFault = 'http-500' | 'invalid-json' | 'network';

interface Recorded {
  method: Call;
  arg: unknown;
  signal?: AbortSignal;
  idempotencyKey?: string | null;
}

const REJECTION = 'The license service is down for maintenance.';

/** Payloads that break the contract, one per call, and the field the message must name. */
const BAD_PAYLOAD: Record<Call, { make: (real: () => Promise<unknown>) => Promise<unknown>; field: string }> = {
  loadContext: {
    make: async (real) => {
      const ctx = (await real()) as { products: { maxQuantity: unknown }[] };
      ctx.products[1].maxQuantity = 'lots';
      return ctx;
    },
    field: 'products.1.maxQuantity',
  },
  validateOrder: {
    make: async () => ({ ok: true, quote: { lines: [], total: { amountMinor: 100, currency: 'euro' } } }),
    field: 'currency',
  },
  submitOrder: {
    make: async () => ({ orderId: 'ORD-1', confirmationEmail: 'x@example.com', effectiveDate: 'soon' }),
    field: 'effectiveDate',
  },
};

/** A client on an in-memory FakeBackend whose calls can be made to fail one kind at a time. */
function faultyClient(backend = new FakeBackend({ today: TODAY })) {
  const faults: Partial<Record<Call, ClientFault>> = {};
  const calls: Recorded[] = [];
  function run<T>(method: Call, arg: unknown, init: { signal?: AbortSignal } | undefined, real: () => Promise<T>): Promise<T> {
    calls.push({ method, arg, signal: init?.signal, idempotencyKey: (arg as LicenseOrder).idempotencyKey });
    switch (faults[method]) {
      case 'reject':
        return Promise.reject(new Error(REJECTION));
      case 'hang':
        return new Promise<T>(() => {});
      case 'bad-payload':
        return BAD_PAYLOAD[method].make(real) as Promise<T>;
      default:
        return real();
    }
  }
  const client: LicensePlanApiClient = {
    loadContext: (req, init) =>
      run('loadContext', req, init, async () => {
        const res = backend.context(req.customerId, req.mode, req.planId);
        if (res.status !== 200) throw new Error(res.body.message);
        return res.body;
      }),
    validateOrder: (order, init) => run('validateOrder', order, init, async () => backend.validate(order)),
    submitOrder: (order, init) =>
      run('submitOrder', order, init, async () => {
        const res = backend.submit(order, order.idempotencyKey);
        if (res.status === 201) return res.body;
        if (res.status === 422) throw new OrderRejectedError(res.body.errors);
        throw new Error(res.body.message);
      }),
  };
  const of = (method: Call) => calls.filter((c) => c.method === method);
  return { client, faults, calls, of, backend };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Which client call a request path is. */
function callOf(path: string): Call {
  if (path.endsWith('/license-order-context')) return 'loadContext';
  if (path.endsWith('/validate')) return 'validateOrder';
  return 'submitOrder';
}

/** The built-in HTTP client over a fake `fetch` that serves a FakeBackend, or fails the way it is told to. */
function faultyHttp(backend = new FakeBackend({ today: TODAY })) {
  const faults: Partial<Record<Call, HttpFault | { status: number; body: unknown }>> = {};
  const calls: Recorded[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), location.href);
    const method = callOf(url.pathname);
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    const headers = new Headers(init.headers);
    calls.push({ method, arg: body, signal: init.signal ?? undefined, idempotencyKey: headers.get('Idempotency-Key') });
    const fault = faults[method];
    if (fault === 'http-500') return new Response('oops', { status: 500 });
    if (fault === 'invalid-json')
      return new Response('{"orderId": "ORD-', { status: 200, headers: { 'Content-Type': 'application/json' } });
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (typeof fault === 'object') return json(fault.body, fault.status);
    const customerId = decodeURIComponent(url.pathname.split('/')[3]);
    if (method === 'loadContext') {
      const res = backend.context(customerId, url.searchParams.get('mode') ?? '', url.searchParams.get('planId'));
      return json(res.body, res.status);
    }
    if (method === 'validateOrder') {
      const res = backend.validateRequest(body);
      return json(res.body, res.status);
    }
    const res = backend.submit(body, headers.get('Idempotency-Key'));
    return json(res.body, res.status);
  };
  const client = createHttpClient({ baseUrl: '/api', fetch: fakeFetch as typeof fetch });
  const of = (m: Call) => calls.filter((c) => c.method === m);
  return { client, faults, calls, of, backend };
}

/** Records the wizards' public events at the document, so those fired while mounting are caught too. */
function recordAtDocument() {
  const events: CustomEvent[] = [];
  const names = ['lpw-step-change', 'lpw-order-placed', 'lpw-cancel', 'lpw-error'];
  const listener = (e: Event) => void events.push(e as CustomEvent);
  for (const name of names) document.addEventListener(name, listener);
  const stop = () => names.forEach((name) => document.removeEventListener(name, listener));
  return { events, stop };
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every element with role="alert" inside the wizard, through shadow roots. */
function alerts(el: LicensePlanWizard): Element[] {
  return deepAll(el.shadowRoot!).filter((e) => e.getAttribute('role') === 'alert');
}

function alertWith(el: LicensePlanWizard, text: string): Element | undefined {
  return alerts(el).find((a) => textOf(a).includes(text));
}

/** The "Try again" button inside the alert that says `text`. */
function retryIn(alert: Element): HTMLButtonElement {
  const found = Array.from(alert.querySelectorAll('button')).find((b) => textOf(b) === 'Try again');
  if (!found) throw new Error(`No "Try again" in the alert "${textOf(alert)}"`);
  return found;
}

/**
 * Focus is on `field`, or on an alert (an error summary) with a link to the field's error message.
 * Returned as a boolean: DOM nodes in a failed chai assertion are costly for the runner to report.
 */
function focusIsAt(field: Element): boolean {
  const focused = activeElement();
  if (focused === field) return true;
  if (!focused || focused.getAttribute('role') !== 'alert') return false;
  const described = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return Array.from(focused.querySelectorAll('a[href^="#"]')).some((a) => described.includes(a.getAttribute('href')!.slice(1)));
}

/** The draft a test filled in is still all there on Review. */
function expectDraftKept(el: LicensePlanWizard) {
  expect(heading(el)?.textContent, 'still on Review').to.equal('Review');
  const text = visibleText(el);
  expect(text, 'summary kept')
    .to.include('Connect Essentials')
    .and.include('40 licenses')
    .and.include('3-year prepay')
    .and.include('PO-2026-118');
}

const confirmBox = (el: LicensePlanWizard) => control(el, /I confirm that I am authorized/);

interface Expectation {
  /** Texts the alert and lpw-error's message must both contain. */
  says: string[];
  /** Text only the alert must contain, e.g. its heading. */
  alertAlso?: string;
  /** lpw-error kind. */
  kind: 'load' | 'validate' | 'submit';
}

/** Exactly one alert says the specific message, and exactly one lpw-error of the right kind says it too. */
function expectError(el: LicensePlanWizard, events: CustomEvent[], { says, alertAlso, kind }: Expectation): Element {
  const found = alerts(el).filter((a) => textOf(a).includes(says[0]));
  expect(found.length, `one alert saying "${says[0]}"; alerts: ${alerts(el).map(textOf).join(' | ') || 'none'}`).to.equal(1);
  const alert = found[0];
  for (const s of [...says, ...(alertAlso ? [alertAlso] : [])]) expect(textOf(alert)).to.include(s);
  const errors = events.filter((e) => e.type === 'lpw-error');
  expect(
    errors.map((e) => e.detail.kind),
    'one lpw-error of the right kind',
  ).to.deep.equal([kind]);
  for (const s of says) expect(errors[0].detail.message).to.include(s);
  return alert;
}

// Users read one plain sentence per kind of failure (failureText); no status, host message or field path.
const CLIENT_FAULTS: { fault: ClientFault; name: string; says: (call: Call) => string[] }[] = [
  { fault: 'reject', name: 'a rejected promise', says: () => ['The Partner Portal could not complete the request.'] },
  // request-timeout="200" in these tests.
  { fault: 'hang', name: 'a time-out', says: () => ['The Partner Portal took too long to answer.'] },
  {
    fault: 'bad-payload',
    name: 'a payload that fails the schema',
    says: () => ['The Partner Portal sent an answer the wizard cannot read.'],
  },
];

const HTTP_FAULTS: { fault: HttpFault; name: string; says: string[] }[] = [
  { fault: 'http-500', name: 'HTTP 500', says: ['The Partner Portal could not complete the request.'] },
  { fault: 'invalid-json', name: 'invalid JSON', says: ['The Partner Portal sent an answer the wizard cannot read.'] },
  {
    fault: 'network',
    name: 'a network error',
    says: ['The Partner Portal could not be reached. Check the connection and try again.'],
  },
];

const LOAD_SAYS = 'The order details could not be loaded';
const OUTCOME_UNKNOWN = 'We could not confirm whether the order was placed.';

/** The three scenarios, written once for both kinds of client. */
const scenarios = {
  async load(
    api: ReturnType<typeof faultyClient> | ReturnType<typeof faultyHttp>,
    fault: ClientFault | HttpFault,
    says: string[],
  ) {
    api.faults.loadContext = fault as never;
    const { events, stop } = recordAtDocument();
    try {
      const el = await mount(
        { 'customer-id': 'acme', 'api-base-url': false, 'request-timeout': fault === 'hang' ? '200' : '15000' },
        { client: api.client },
      );
      await until(el, () => alertWith(el, says[0]), `load alert saying "${says[0]}"`);
      const alert = expectError(el, events, { says, alertAlso: LOAD_SAYS, kind: 'load' });
      expect(
        deepAll(el.shadowRoot!).some((e) => e.localName === 'lpw-breadcrumb'),
        'no wizard without a context',
      ).to.be.false;
      if (fault === 'hang') expect(api.of('loadContext')[0].signal?.aborted, 'the timed-out call was aborted').to.be.true;
      delete api.faults.loadContext;
      await click(el, retryIn(alert));
      await headingIs(el, 'Product');
      expect(api.of('loadContext').length, 'one more load').to.equal(2);
      expect(alerts(el).length, 'the alert is gone').to.equal(0);
      expect(events.filter((e) => e.type === 'lpw-error').length, 'no further lpw-error').to.equal(1);
      await click(el, control(el, 'Connect Essentials'));
      await next(el);
      await headingIs(el, 'Quantity');
    } finally {
      stop();
    }
  },

  async validate(
    api: ReturnType<typeof faultyClient> | ReturnType<typeof faultyHttp>,
    fault: ClientFault | HttpFault,
    says: string[],
  ) {
    const el = await mount(
      { 'customer-id': 'acme', 'api-base-url': false, 'request-timeout': fault === 'hang' ? '200' : '15000' },
      { client: api.client },
    );
    await toReferences(el);
    const events = record(el);
    api.faults.validateOrder = fault as never;
    await next(el);
    await headingIs(el, 'Review');
    await click(el, confirmBox(el));
    await until(el, () => alertWith(el, says[0]), `validate alert saying "${says[0]}"`);
    const alert = expectError(el, events, { says, kind: 'validate' });
    expectDraftKept(el);
    expect(confirmBox(el).checked, 'checkbox kept').to.be.true;
    expect(api.of('validateOrder').length).to.equal(1);
    if (fault === 'hang') expect(api.of('validateOrder')[0].signal?.aborted, 'the timed-out call was aborted').to.be.true;
    delete api.faults.validateOrder;
    await click(el, retryIn(alert));
    await until(el, () => visibleText(el).includes('Total'), 'quote shown after the retry');
    expect(api.of('validateOrder').length, 'one more check').to.equal(2);
    expect(alerts(el).length, 'the alert is gone').to.equal(0);
    expectDraftKept(el);
    expect(confirmBox(el).checked, 'checkbox still kept').to.be.true;
    await click(el, button(el, 'Place order'));
    await headingIs(el, 'Order placed');
  },

  async submit(
    api: ReturnType<typeof faultyClient> | ReturnType<typeof faultyHttp>,
    fault: ClientFault | HttpFault,
    says: string[],
  ) {
    const el = await mount(
      { 'customer-id': 'acme', 'api-base-url': false, 'request-timeout': fault === 'hang' ? '200' : '15000' },
      { client: api.client },
    );
    await toReview(el);
    await until(el, () => visibleText(el).includes('Total'), 'quote');
    await click(el, confirmBox(el));
    const events = record(el);
    api.faults.submitOrder = fault as never;
    await click(el, button(el, 'Place order'));
    // Each of these faults may leave the order stored: the outcome is said as unknown, with what went wrong.
    const shown = [OUTCOME_UNKNOWN, ...says];
    await until(el, () => alertWith(el, shown[0]), `submit alert saying "${shown[0]}"`);
    const alert = expectError(el, events, { says: shown, kind: 'submit' });
    expect(textOf(alert)).not.to.include('not placed');
    expectDraftKept(el);
    expect(confirmBox(el).checked, 'checkbox kept').to.be.true;
    expect(api.of('submitOrder').length).to.equal(1);
    if (fault === 'hang') expect(api.of('submitOrder')[0].signal?.aborted, 'the timed-out call was aborted').to.be.true;
    delete api.faults.submitOrder;
    await click(el, retryIn(alert));
    await headingIs(el, 'Order placed');
    const submits = api.of('submitOrder');
    expect(submits.length, 'exactly one more submit').to.equal(2);
    expect(submits[0].idempotencyKey).to.be.a('string');
    expect(submits[1].idempotencyKey, 'the retry reuses the idempotency key').to.equal(submits[0].idempotencyKey);
    expect(api.backend.orders.length, 'one order stored').to.equal(1);
    const placed = events.filter((e) => e.type === 'lpw-order-placed');
    expect(placed.length).to.equal(1);
    expect(placed[0].detail.order).to.include({
      productId: 'connect-essentials',
      quantity: 40,
      cadence: 'prepay-3y',
      purchaseRef: 'PO-2026-118',
    });
  },
};

const CALLS: [Call, keyof typeof scenarios][] = [
  ['loadContext', 'load'],
  ['validateOrder', 'validate'],
  ['submitOrder', 'submit'],
];

describe('faults', () => {
  // The wizard keeps unfinished orders in sessionStorage; each test starts without one.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  for (const [call, scenario] of CALLS) {
    describe(call, () => {
      for (const { fault, name, says } of CLIENT_FAULTS) {
        it(`recovers from ${name} of the host's client`, async () => {
          await scenarios[scenario](faultyClient(), fault, says(call));
        });
      }
      for (const { fault, name, says } of HTTP_FAULTS) {
        it(`recovers from ${name} through the HTTP client`, async () => {
          await scenarios[scenario](faultyHttp(), fault, says);
        });
      }
    });
  }

  describe('time-out', () => {
    it('says a time-out in words, without a raw number, for a sub-second request-timeout', async () => {
      const api = faultyClient();
      api.faults.loadContext = 'hang';
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, 'request-timeout': '200' }, { client: api.client });
      await until(el, () => alertWith(el, 'took too long'), 'time-out alert');
      const said = textOf(alertWith(el, 'took too long')!);
      expect(said).not.to.match(/\b0 seconds|\b200\b|0\.2/);
      expect(said).to.include('The Partner Portal took too long to answer. Try again.');
    });
  });

  describe('server field errors', () => {
    it('takes ok:false from validateOrder to the field’s step and shows it at the field', async () => {
      const api = faultyClient();
      const real = api.client.validateOrder;
      let answer: 'refuse' | 'real' = 'refuse';
      api.client.validateOrder = async (order, init) =>
        answer === 'refuse'
          ? { ok: false, errors: [{ field: 'purchaseRef', message: 'This purchase ref was already used for order ORD-9.' }] }
          : real(order, init);
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      const events = record(el);
      await toReferences(el);
      await next(el);
      await until(el, () => errorOf(control(el, 'Your purchase ref')), 'server error at the purchase ref');
      expect(heading(el)?.textContent).to.equal('References');
      const ref = control(el, 'Your purchase ref');
      expect(errorOf(ref)).to.equal('This purchase ref was already used for order ORD-9.');
      expect(ref.getAttribute('aria-invalid')).to.equal('true');
      await until(el, () => focusIsAt(ref), 'focus on the field or the error summary that leads to it');
      expect(ref.value, 'what was typed is kept').to.equal('PO-2026-118');
      expect(
        events.filter((e) => e.type === 'lpw-error'),
        'a field error is not a fault',
      ).to.deep.equal([]);
      answer = 'real';
      await type(ref, 'PO-2026-119');
      await click(el, button(el, 'Back to review'));
      await headingIs(el, 'Review');
      await until(el, () => visibleText(el).includes('Total'), 'quote after the fix');
    });

    it('shows a field-less error from validateOrder on Review', async () => {
      const api = faultyClient();
      api.client.validateOrder = async () => ({
        ok: false,
        errors: [{ field: null, message: 'Orders for this customer are on hold.' }],
      });
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      await toReview(el);
      await until(el, () => visibleText(el).includes('Orders for this customer are on hold.'), 'form error');
      expect(alertWith(el, 'Orders for this customer are on hold.'), 'announced').to.exist;
    });

    it('takes HTTP 422 from the validate endpoint to the field', async () => {
      const api = faultyHttp();
      api.faults.validateOrder = {
        status: 422,
        body: { errors: [{ field: 'quantity', message: 'Only 30 licenses remain in this region.' }] },
      };
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      await toReferences(el);
      await next(el);
      await headingIs(el, 'Quantity');
      const field = control(el, 'Quantity');
      expect(errorOf(field)).to.equal('Only 30 licenses remain in this region.');
      expect(field.value).to.equal('40');
    });

    it('takes OrderRejectedError from submitOrder to the field’s step, and the order can then be placed', async () => {
      const api = faultyClient();
      const real = api.client.submitOrder;
      let refuse = true;
      api.client.submitOrder = async (order, init) => {
        if (refuse)
          throw new OrderRejectedError([
            { field: 'costCenterId', message: 'The cost center IT Operations is closed for new orders.' },
          ]);
        return real(order, init);
      };
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      const events = record(el);
      await toReview(el);
      await click(el, confirmBox(el));
      await click(el, button(el, 'Place order'));
      await headingIs(el, 'References');
      const select = control<HTMLSelectElement>(el, 'Cost center');
      expect(errorOf(select)).to.equal('The cost center IT Operations is closed for new orders.');
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'Your purchase ref').value, 'the rest of the draft is kept').to.equal('PO-2026-118');
      expect(events.filter((e) => e.type === 'lpw-error').map((e) => e.detail.kind)).to.deep.equal(['submit']);
      refuse = false;
      select.value = 'cc-sales';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await click(el, button(el, 'Back to review'));
      await headingIs(el, 'Review');
      expect(confirmBox(el).checked, 'checkbox kept').to.be.true;
      await click(el, button(el, 'Place order'));
      await headingIs(el, 'Order placed');
      expect(api.backend.orders[0].order.costCenterId).to.equal('cc-sales');
    });

    it('takes HTTP 422 from the submit endpoint to the field', async () => {
      const api = faultyHttp();
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      await toReview(el);
      await click(el, confirmBox(el));
      api.faults.submitOrder = {
        status: 422,
        body: { errors: [{ field: 'quantity', message: 'At most 30 more licenses can be ordered this month.' }] },
      };
      await whenChecked(el);
      await click(el, button(el, 'Place order'));
      await headingIs(el, 'Quantity');
      const field = control(el, 'Quantity');
      expect(errorOf(field)).to.equal('At most 30 more licenses can be ordered this month.');
      await until(el, () => focusIsAt(field), 'focus on the field or the error summary that leads to it');
      expect(api.backend.orders.length).to.equal(0);
    });
  });

  describe('exactly once', () => {
    it('sends one submitOrder for a click and Enter presses while the first is under way', async () => {
      const api = faultyClient();
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, 'request-timeout': '250' }, { client: api.client });
      await toReview(el);
      await until(el, () => visibleText(el).includes('Total'), 'quote');
      await click(el, confirmBox(el));
      api.faults.submitOrder = 'hang';
      const place = button(el, 'Place order');
      place.click();
      place.click();
      place.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(api.of('submitOrder').length).to.equal(1);
      await until(el, () => alertWith(el, 'took too long'), 'time-out');
      delete api.faults.submitOrder;
      const retry = retryIn(alertWith(el, 'took too long')!);
      retry.click();
      retry.click();
      await headingIs(el, 'Order placed');
      const submits = api.of('submitOrder');
      expect(submits.length).to.equal(2);
      expect(submits[1].idempotencyKey).to.equal(submits[0].idempotencyKey);
    });
  });

  describe('responses that arrive too late', () => {
    /** A client whose loadContext waits until the test settles it. */
    function deferredLoads() {
      const api = faultyClient();
      const pending: {
        customerId: string;
        signal?: AbortSignal;
        resolve: () => Promise<unknown>;
        reject: (e: unknown) => void;
      }[] = [];
      const real = api.client.loadContext;
      api.client.loadContext = (req, init) =>
        new Promise((resolve, reject) => {
          pending.push({
            customerId: req.customerId,
            signal: init?.signal,
            resolve: () => real(req).then(resolve, reject),
            reject,
          });
        });
      return { api, pending };
    }

    function spyConsoleError() {
      const original = console.error;
      const logged: unknown[][] = [];
      console.error = (...args: unknown[]) => void logged.push(args);
      return { logged, restore: () => (console.error = original) };
    }

    /**
     * Lets the promise chains behind a settled client call run out (one macrotask turn), then the
     * root's update. Only the root is awaited: a detached subtree need not ever finish updating.
     */
    async function drain(el: LicensePlanWizard) {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, 0));
        await el.updateComplete;
      }
    }

    it('ignores a context that arrives after the element was removed, with the signal aborted and no console error', async () => {
      const { api, pending } = deferredLoads();
      const spy = spyConsoleError();
      try {
        const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
        const events = record(el);
        expect(pending.length).to.equal(1);
        el.remove();
        expect(pending[0].signal?.aborted, 'aborted on disconnect').to.be.true;
        await pending[0].resolve();
        await drain(el);
        expect(heading(el)?.textContent ?? '', 'no wizard built from the late response').not.to.equal('Product');
        expect(deepAll(el.shadowRoot!).some((e) => e.localName === 'lpw-breadcrumb')).to.be.false;
        expect(events, 'no event from a removed element').to.deep.equal([]);
        expect(spy.logged).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });

    it('aborts the signal and logs nothing when the element is removed and the load then fails', async () => {
      const { api, pending } = deferredLoads();
      const spy = spyConsoleError();
      try {
        const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
        const events = record(el);
        el.remove();
        expect(pending[0].signal?.aborted, 'aborted on disconnect').to.be.true;
        pending[0].reject(pending[0].signal!.reason);
        await drain(el);
        expect(events).to.deep.equal([]);
        expect(spy.logged).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });

    it('fires nothing from a removed element when the time-out later runs out', async () => {
      const api = faultyClient();
      api.faults.loadContext = 'hang';
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, 'request-timeout': '200' }, { client: api.client });
      const events = record(el);
      el.remove();
      expect(api.of('loadContext')[0].signal?.aborted).to.be.true;
      await new Promise((r) => setTimeout(r, 300));
      await drain(el);
      expect(events).to.deep.equal([]);
    });

    it('ignores the context of the previous customer when customer-id changes', async () => {
      const { api, pending } = deferredLoads();
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      expect(pending.map((p) => p.customerId)).to.deep.equal(['acme']);
      el.setAttribute('customer-id', 'umbrella');
      await settle(el);
      expect(pending.map((p) => p.customerId)).to.deep.equal(['acme', 'umbrella']);
      expect(pending[0].signal?.aborted, 'the old load is aborted').to.be.true;
      await pending[1].resolve();
      await until(el, () => heading(el)?.textContent === 'Quantity' || heading(el)?.textContent === 'Product', 'umbrella loaded');
      const before = visibleText(el);
      await pending[0].resolve();
      await drain(el);
      expect(visibleText(el)).to.equal(before);
      expect(visibleText(el)).to.include('Connect for Teams Rooms').and.not.include('Connect Essentials');
    });

    it('loads again when it is moved in the DOM while loading', async () => {
      const api = faultyHttp();
      let gate!: () => void;
      const opened = new Promise<void>((r) => (gate = r));
      const realLoad = api.client.loadContext;
      let loads = 0;
      api.client.loadContext = (req, init) => {
        loads++;
        return loads === 1
          ? new Promise((resolve, reject) => {
              init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
              opened.then(() => realLoad(req, init).then(resolve, reject));
            })
          : realLoad(req, init);
      };
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      const other = document.createElement('div');
      el.parentElement!.after(other);
      other.append(el);
      gate();
      try {
        await headingIs(el, 'Product');
        expect(alerts(el).length).to.equal(0);
      } finally {
        other.remove();
      }
    });
  });
});
