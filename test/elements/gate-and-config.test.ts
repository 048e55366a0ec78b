import { expect } from '@open-wc/testing';
import { deepAll, fakeBackend, headingIs, mount, until, visibleText } from '../helpers/harness.js';
import type { LicensePlanApiClient } from '../../src/index.js';
import { MOCK_DATA } from '../../src/mocks/data.js';

/** A client that counts calls and answers from a fixed context. */
function countingClient(context: unknown) {
  const calls: string[] = [];
  const client: LicensePlanApiClient = {
    loadContext: async () => (calls.push('load'), context as never),
    validateOrder: async () => (calls.push('validate'), { ok: true as const, quote: null }),
    submitOrder: async () => (
      calls.push('submit'),
      { orderId: 'X', confirmationEmail: 'x@example.com', effectiveDate: '2026-11-26' }
    ),
  };
  return { client, calls };
}

function errorsDuring() {
  const kinds: string[] = [];
  const messages: string[] = [];
  const listener = (e: Event) => {
    kinds.push((e as CustomEvent).detail.kind);
    messages.push((e as CustomEvent).detail.message);
  };
  document.addEventListener('lpw-error', listener);
  return { kinds, messages, stop: () => document.removeEventListener('lpw-error', listener) };
}

describe('purchaser gate and configuration', () => {
  it('shows only the Purchaser privileges panel to a non-purchaser, with no client call', async () => {
    const { client, calls } = countingClient({});
    const el = await mount({ 'customer-id': 'acme', purchaser: false, 'contact-email': 'buy@example.com' }, { client });
    await headingIs(el, 'Purchaser privileges required');
    const link = deepAll(el.shadowRoot!).find((e): e is HTMLAnchorElement => e instanceof HTMLAnchorElement)!;
    expect(link.href).to.equal('mailto:buy@example.com');
    expect(
      deepAll(el.shadowRoot!).some((e) => e.localName === 'nav'),
      'no breadcrumb',
    ).to.be.false;
    expect(calls).to.deep.equal([]);
  });

  it('defaults the contact email to bizops@pexip.com', async () => {
    const el = await mount({ 'customer-id': 'acme', purchaser: false });
    expect(visibleText(el)).to.include('bizops@pexip.com');
  });

  for (const [attrs, named] of [
    [{ 'customer-id': '' }, '"customer-id"'],
    [{ 'customer-id': 'acme', mode: 'upgrade' }, '"mode"'],
    [{ 'customer-id': 'acme', mode: 'change' }, '"plan-id"'],
    [{ 'customer-id': 'acme', 'api-base-url': false }, '"api-base-url"'],
    [{ 'customer-id': 'acme', 'api-base-url': 'http://[oops' }, '"api-base-url"'],
    [{ 'customer-id': 'acme', 'request-timeout': '-5' }, '"request-timeout"'],
  ] as const) {
    it(`names ${named} when the configuration is ${JSON.stringify(attrs)}`, async () => {
      const errors = errorsDuring();
      const el = await mount(attrs as Record<string, string | boolean>);
      errors.stop();
      await headingIs(el, 'The order wizard is not set up correctly');
      expect(visibleText(el)).to.include(named);
      expect(errors.kinds).to.deep.equal(['config']);
      expect(errors.messages[0]).to.include(named);
    });
  }

  it('renders strings from the client as text, never as HTML', async () => {
    await fakeBackend();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const context = {
      customer: { id: 'acme', name: hostile },
      products: [{ ...MOCK_DATA.products[4], name: `<b>${hostile}</b>`, description: hostile }],
      usage: {},
      costCenters: [{ id: 'cc', name: hostile }],
      defaultCostCenterId: 'cc',
      startDate: { earliest: '2026-10-01', latest: '2027-02-26', default: '2026-11-26' },
      plan: null,
    };
    const { client } = countingClient(context);
    const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client });
    await until(el, () => visibleText(el).includes('<img'), 'hostile name shown as text');
    expect(deepAll(el.shadowRoot!).some((e) => e.localName === 'img' || e.localName === 'b')).to.be.false;
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('shows a change-mode context without a plan as a load error, not a blank page', async () => {
    const errors = errorsDuring();
    const context = {
      customer: { id: 'acme', name: 'Acme' },
      products: [MOCK_DATA.products[4]],
      usage: {},
      costCenters: [],
      defaultCostCenterId: null,
      startDate: { earliest: '2026-10-01', latest: '2027-02-26', default: '2026-11-26' },
      plan: null,
    };
    const { client } = countingClient(context);
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'p-1', 'api-base-url': false }, { client });
    await headingIs(el, 'The order details could not be loaded');
    errors.stop();
    expect(visibleText(el)).to.include('The plan to change was not found.').and.not.include('p-1');
    expect(errors.kinds).to.deep.equal(['load']);
  });

  it('shows a context that fails the schema as a load error with Try again', async () => {
    const errors = errorsDuring();
    const { client } = countingClient({ customer: { id: 'acme', name: 'Acme' }, products: [] });
    const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client });
    await headingIs(el, 'The order details could not be loaded');
    errors.stop();
    expect(visibleText(el)).to.include('The Partner Portal sent an answer the wizard cannot read.');
    expect(errors.kinds).to.deep.equal(['load']);
  });
});

describe('attributes set again or removed', () => {
  it('keeps the order when a host re-applies the same attributes and removes an absent plan-id', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await headingIs(el, 'Product');
    el.setAttribute('customer-id', 'acme');
    el.setAttribute('mode', 'new');
    el.removeAttribute('plan-id');
    el.setAttribute('locale', 'en-GB');
    await until(el, () => true, 'settle');
    await headingIs(el, 'Product');
    expect(
      deepAll(el.shadowRoot!).some((e) => e.localName === 'lpw-breadcrumb'),
      'the wizard is still there',
    ).to.be.true;
  });

  it('names customer-id when the attribute is removed, and the contact falls back when its attribute is removed', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    const errors = errorsDuring();
    el.removeAttribute('customer-id');
    await headingIs(el, 'The order wizard is not set up correctly');
    errors.stop();
    expect(errors.kinds).to.deep.equal(['config']);
    el.removeAttribute('purchaser');
    el.removeAttribute('contact-email');
    await headingIs(el, 'Purchaser privileges required');
    expect(visibleText(el)).to.include('bizops@pexip.com').and.not.include('null');
  });

  it('loads the new customer when customer-id changes', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    el.setAttribute('customer-id', 'umbrella');
    await until(
      el,
      () => visibleText(el).includes('Connect for Teams Rooms') && !visibleText(el).includes('Connect Essentials'),
      'umbrella products',
    );
  });
});
