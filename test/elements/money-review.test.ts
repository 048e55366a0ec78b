/** Review's price: the charge with its period, the first invoice in one line, the change of a plan's charge, tax once. */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { FakeBackend } from '../../src/mocks/backend.js';
import type { Billing, LicenseOrder, Quote } from '../../src/index.js';
import {
  click,
  control,
  deepAll,
  headingIs,
  mount,
  next,
  quotingClient,
  TODAY,
  toReview,
  type,
  until,
  visibleText,
} from '../helpers/harness.js';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const monthly = (amountMinor: number): Billing => ({ amount: eur(amountMinor), interval: 'month', intervalCount: 1 });

async function reviewWith(extra: (order: LicenseOrder) => Partial<Quote>, attrs: Record<string, string | boolean> = {}) {
  const client = quotingClient(new FakeBackend({ today: TODAY }), extra);
  const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, locale: 'en-GB', ...attrs }, { client });
  await toReview(el);
  await until(el, () => !visibleText(el).includes('Checking the order'), 'the check');
  return el;
}

/** The price section's text. */
function priceText(el: Element): string {
  const section = deepAll(el.shadowRoot!).find((e) => e.classList.contains('price'));
  return (section?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('money: Review price', () => {
  it("states the total with the quote's billing period", async () => {
    const el = await reviewWith(() => ({ billing: { amount: eur(2_268_000), interval: 'year', intervalCount: 3 } }));
    expect(priceText(el)).to.include('Total €22,680.00 every 3 years, paid in advance');
  });

  it('bills the total as the cadence is when the quote has no billing', async () => {
    const el = await reviewWith(() => ({}));
    // 40 × €3.80 × 36 months, chosen as a 3-year prepay.
    expect(priceText(el)).to.include('Total €5,472.00 every 3 years, paid in advance');
  });

  it('explains a pro-rata first invoice in one line, with its period and the next charge', async () => {
    const el = await reviewWith(() => ({
      billing: monthly(11_250),
      firstInvoice: eur(375),
      firstInvoicePeriod: { start: '2026-11-30', end: '2026-12-30' },
      nextInvoiceDate: '2026-12-31',
    }));
    expect(priceText(el)).to.include(
      'First invoice €3.75, pro-rata for 30 Nov – 30 Dec 2026; then €112.50 per month from 31 December 2026.',
    );
  });

  it('says the first invoice alone when the quote gives no period', async () => {
    const el = await reviewWith(() => ({ billing: monthly(11_250), firstInvoice: eur(375) }));
    expect(priceText(el)).to.include('First invoice €3.75.');
    expect(priceText(el)).not.to.include('pro-rata');
  });

  it('states tax once when the quote says it', async () => {
    const el = await reviewWith(() => ({ taxIncluded: false }));
    expect(visibleText(el).split('Prices exclude VAT.').length - 1).to.equal(1);
    const included = await reviewWith(() => ({ taxIncluded: true }));
    expect(visibleText(included)).to.include('Prices include VAT.').and.not.include('exclude');
  });

  it('says nothing of tax when the quote does not', async () => {
    const el = await reviewWith(() => ({}));
    expect(visibleText(el)).not.to.include('VAT');
  });

  it('in change mode shows the current and new charge and the difference per period', async () => {
    const client = quotingClient(new FakeBackend({ today: TODAY }), () => ({
      billing: monthly(93_750),
      currentBilling: monthly(62_500),
    }));
    const el = await mount(
      { 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1', 'api-base-url': false, locale: 'en-GB' },
      { client },
    );
    await headingIs(el, 'Quantity');
    await click(
      el,
      deepAll(el.shadowRoot!).find(
        (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.id === 'change-quantity-true',
      )!,
    );
    await type(control(el, 'Quantity'), '75');
    await next(el);
    await headingIs(el, 'Payment');
    await click(
      el,
      deepAll(el.shadowRoot!).find(
        (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.id === 'change-payment-false',
      )!,
    );
    await next(el);
    await headingIs(el, 'References');
    await click(
      el,
      deepAll(el.shadowRoot!).find(
        (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.id === 'change-references-false',
      )!,
    );
    await next(el);
    await headingIs(el, 'Review');
    await until(el, () => visibleText(el).includes('Total'), 'the price');
    expect(priceText(el)).to.include('€625.00 → €937.50 per month (+€312.50)');
  });

  it('with pricing withheld: one note on Review and no amount anywhere', async () => {
    const el = await reviewWith(() => ({ billing: monthly(11_250) }), { 'pricing-withheld': true });
    const text = visibleText(el);
    expect(text.split('Prices are not shown for this organization.').length - 1).to.equal(1);
    expect(text).not.to.match(/€|EUR/);
  });

  describe('at 320 px', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('stacks each label above its value, breaks no word and lines up the Edit links', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await reviewWith(() => ({ billing: { amount: eur(2_268_000), interval: 'year', intervalCount: 3 } }));
      const rows = deepAll(el.shadowRoot!).filter((e) => e.localName === 'tr' && e.querySelector('.link'));
      expect(rows.length).to.be.at.least(4);
      const editRights = new Set<number>();
      for (const row of rows) {
        const label = row.querySelector('th')!.getBoundingClientRect();
        const value = row.querySelector('td')!.getBoundingClientRect();
        expect(value.top, `${row.textContent}: value under its label`).to.be.at.least(label.bottom - 1);
        editRights.add(Math.round(row.querySelector('.link')!.getBoundingClientRect().right));
      }
      expect(editRights.size, 'the Edit links share one right edge').to.equal(1);
      // No word is split over two lines: each word of every cell lies on one line box.
      for (const cell of deepAll(el.shadowRoot!).filter((e) => e.localName === 'th' || e.localName === 'td')) {
        const textNode = Array.from(cell.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!textNode) continue;
        const text = textNode.textContent!;
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(textNode, match.index!);
          range.setEnd(textNode, match.index! + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          expect(lines.size, `"${match[0]}" on one line`).to.equal(1);
        }
      }
      expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(320);
      expect(el.scrollWidth, 'nothing wider than the wizard').to.be.at.most(el.clientWidth);
    });
  });
});
