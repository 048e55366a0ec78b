/** The confirmation: a success cue, a recap with the price, the order id, the email, and what happens next. */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { FakeBackend } from '../../src/mocks/backend.js';
import type { Billing } from '../../src/index.js';
import {
  button,
  click,
  control,
  deepAll,
  headingIs,
  mount,
  quotingClient,
  TODAY,
  toReview,
  until,
  visibleText,
} from '../helpers/harness.js';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const threeYears: Billing = { amount: eur(547_200), interval: 'year', intervalCount: 3 };
const LONG_EMAIL = 'accounts-payable.license-purchasing.department-of-examples@very-long-subdomain.acme-corporation.example';

async function placed(attrs: Record<string, string | boolean> = {}, email = 'purchasing@acme.example') {
  const client = quotingClient(
    new FakeBackend({ today: TODAY }),
    () => ({
      billing: threeYears,
      firstInvoice: eur(547_200),
      firstInvoicePeriod: { start: '2026-11-26', end: '2029-11-25' },
      nextInvoiceDate: '2029-11-26',
    }),
    { orderId: 'ORD-2026-0042', confirmationEmail: email },
  );
  const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, locale: 'en-GB', ...attrs }, { client });
  await toReview(el);
  await until(el, () => !visibleText(el).includes('Checking the order'), 'the check');
  await click(el, control(el, /I confirm that I am authorized/));
  await click(el, button(el, 'Place order'));
  await headingIs(el, 'Order placed');
  return el;
}

const panelText = (el: Element) =>
  (deepAll(el.shadowRoot!).find((e) => e.matches('section[part=panel]'))?.textContent ?? '').replace(/\s+/g, ' ');

describe('money: confirmation', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows a success icon beside the heading "Order placed"', async () => {
    const el = await placed();
    const icon = deepAll(el.shadowRoot!).find((e) => e.localName === 'svg');
    expect(icon, 'an icon').to.exist;
    expect(icon!.getAttribute('aria-hidden'), 'decorative: the heading says it').to.equal('true');
    expect(icon!.closest('.success')!.querySelector('h2')!.textContent).to.equal('Order placed');
  });

  it('recaps what was bought with its price, the order id and the email', async () => {
    const el = await placed();
    const text = panelText(el);
    expect(text).to.include('What you ordered');
    expect(text).to.include('Connect Essentials').and.include('40 licenses').and.include('3-year prepay');
    expect(text).to.include('€5,472.00 every 3 years, paid in advance');
    expect(text).to.include('ORD-2026-0042');
    expect(text).to.include('A confirmation email has been sent to purchasing@acme.example.');
  });

  it('says what happens next: the plan is active now, and the first invoice', async () => {
    const el = await placed();
    const text = panelText(el);
    expect(text).to.include('What happens next');
    expect(text).to.include('The plan is active now.');
    expect(text).to.include(
      'First invoice €5,472.00, for 26 Nov 2026 – 25 Nov 2029; then €5,472.00 every 3 years, paid in advance from 26 November 2029.',
    );
    await click(el, button(el, 'Start another order'));
    await headingIs(el, 'Product');
  });

  it('shows no price when pricing is withheld', async () => {
    const el = await placed({ 'pricing-withheld': true });
    expect(panelText(el)).not.to.match(/€/);
    expect(panelText(el)).to.include('The plan is active now.');
  });

  it('never overflows at 320 px, even with a long email', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await placed({}, LONG_EMAIL);
    expect(panelText(el)).to.include(LONG_EMAIL);
    expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(320);
    const panel = deepAll(el.shadowRoot!).find((e) => e.matches('section[part=panel]'))!;
    for (const child of deepAll(panel)) {
      expect(child.getBoundingClientRect().right, `${child.localName} inside the panel`).to.be.at.most(
        panel.getBoundingClientRect().right + 1,
      );
    }
  });
});
