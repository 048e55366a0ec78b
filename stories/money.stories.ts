/**
 * Money a purchaser can read: prices with their periods on Payment, Review's price (a change of
 * charge, a pro-rata first invoice), pricing withheld, the running order summary on wide and narrow
 * layouts, and the confirmation. The wizard talks to the fake backend in-process through a client
 * whose quotes carry the billing fields of the contract.
 */
import { html } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import type { LicenseOrder, LicensePlanApiClient, OrderConfirmation, OrderContext, Quote } from '../src/index.js';
import { FakeBackend } from '../src/mocks/backend.js';
import { addDays, addMonths, firstOfMonth } from '../src/model/dates.js';
import { cadenceInterval } from '../src/model/billing.js';
import { TODAY } from '../.storybook/fake-backend.js';
import { WizardDriver } from './wizard-driver.js';

interface MoneyArgs {
  mode: 'new' | 'change';
  planId: string;
  pricingWithheld: boolean;
  /** Width of the box the wizard sits in, in pixels. */
  width: number;
}

type Story = StoryObj<MoneyArgs>;

/** The quote's billing fields, as the Partner Portal will send them: the charge, and for monthly the pro-rata first period. */
function billingFields(order: LicenseOrder, quote: Quote): Partial<Quote> {
  const fields: Partial<Quote> = { billing: { amount: quote.total, ...cadenceInterval(order.cadence) }, taxIncluded: false };
  const start = order.startDate ?? TODAY;
  if (order.cadence === 'monthly') {
    const next = addMonths(firstOfMonth(start), 1);
    fields.firstInvoicePeriod = { start, end: addDays(next, -1) };
    fields.nextInvoiceDate = next;
  }
  return fields;
}

/** A client over a fresh fake backend whose quotes carry billing fields; in change mode, the plan's current charge too. */
function storyClient(): LicensePlanApiClient {
  const backend = new FakeBackend({ today: TODAY });
  return {
    loadContext: async ({ customerId, mode, planId }) => backend.context(customerId, mode, planId).body as OrderContext,
    validateOrder: async (order) => {
      const result = backend.validate(order);
      if (!result.ok || !result.quote) return result;
      const quote = { ...result.quote, ...billingFields(order, result.quote) };
      if (order.mode === 'change') {
        // plan-acme-1 today: 50 × €12.50 a month.
        quote.currentBilling = { amount: { amountMinor: 62_500, currency: 'EUR' }, interval: 'month', intervalCount: 1 };
      }
      return { ok: true, quote };
    },
    submitOrder: async (order) => backend.submit(order, order.idempotencyKey).body as OrderConfirmation,
  };
}

const meta = {
  title: 'Money',
  component: 'license-plan-wizard',
  args: { mode: 'new', planId: '', pricingWithheld: false, width: 960 },
  render: (args) =>
    html`<div style="max-inline-size: ${args.width}px">
      <license-plan-wizard
        customer-id="acme"
        mode=${args.mode}
        plan-id=${args.planId}
        locale="en-GB"
        purchaser
        no-persist
        ?pricing-withheld=${args.pricingWithheld}
        .client=${storyClient()}
      ></license-plan-wizard>
    </div>`,
} satisfies Meta<MoneyArgs>;

export default meta;

const driver = ({ canvasElement, userEvent }: StoryContext<MoneyArgs>) => WizardDriver.in(canvasElement, userEvent);

/** A new order for Connect Standard for Microsoft × 60, on to Payment. */
async function toPayment(d: WizardDriver) {
  await d.waitForHeading('Product');
  await d.click(d.control('Connect Standard for Microsoft'));
  await d.next('Quantity');
  await d.fill('Quantity', '60');
  await d.next('Payment');
}

/** On from Payment (monthly) to Review, confirmed. */
async function toReview(d: WizardDriver) {
  await toPayment(d);
  await d.click(d.control('Monthly'));
  await d.next('Start date');
  await d.next('References');
  await d.next('Review');
  await d.waitForText('Total');
}

/** The running summary's visible box: the section on wide layouts, the disclosure on narrow ones. */
function shownSummary(d: WizardDriver) {
  const host = d.el.shadowRoot!.querySelector('lpw-order-summary');
  return Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('[part~=summary]') ?? []).find((e) => e.checkVisibility());
}

export const PriceOnEachCadence: Story = {
  name: 'Payment: a price on each cadence',
  play: async (ctx) => {
    const d = driver(ctx);
    await toPayment(d);
    await expect(d.text()).toContain('€750.00 per month');
    await expect(d.text()).toContain('€8,280.00 per year, paid in advance');
    await expect(d.text()).toContain('€22,680.00 every 3 years, paid in advance');
    await expect(d.text()).toContain('€4,320.00 less than paying monthly');
  },
};

export const ChangeDifference: Story = {
  name: 'Review: change-mode price difference',
  args: { mode: 'change', planId: 'plan-acme-1' },
  play: async (ctx) => {
    const d = driver(ctx);
    await d.waitForHeading('Quantity');
    await d.click(d.answer('Change the number of licenses?', true));
    await d.fill('Quantity', '75');
    await d.next('Payment');
    await d.click(d.answer('Change the payment plan?', false));
    await d.next('References');
    await d.click(d.answer('Change the billing references?', false));
    await d.next('Review');
    await d.waitForText('€625.00 → €937.50 per month (+€312.50)');
  },
};

export const ProRataFirstInvoice: Story = {
  name: 'Review: pro-rata first invoice',
  play: async (ctx) => {
    const d = driver(ctx);
    await toReview(d);
    await d.waitForText(
      /First invoice €125\.00, pro-rata for 26\s*–\s*30 Nov 2026; then €750\.00 per month from 1 December 2026\./,
    );
    await expect(d.text()).toContain('Prices exclude VAT.');
  },
};

export const PricingWithheld: Story = {
  name: 'Pricing withheld',
  args: { pricingWithheld: true },
  play: async (ctx) => {
    const d = driver(ctx);
    await toPayment(d);
    await expect(d.text()).toContain('Prices are not shown for this organization.');
    await expect(d.text()).not.toMatch(/€/);
  },
};

export const SummaryWide: Story = {
  name: 'Order summary: wide',
  play: async (ctx) => {
    const d = driver(ctx);
    await toPayment(d);
    await d.click(d.control('1-year prepay'));
    await waitFor(() => expect(shownSummary(d)?.localName).toBe('section'));
    await expect(shownSummary(d)?.textContent).toContain('€8,280.00 per year, paid in advance');
  },
};

export const SummaryNarrow: Story = {
  name: 'Order summary: narrow',
  args: { width: 340 },
  play: async (ctx) => {
    const d = driver(ctx);
    await toPayment(d);
    await waitFor(() => expect(shownSummary(d)?.localName).toBe('details'));
    const details = shownSummary(d) as HTMLDetailsElement;
    await d.user.click(details.querySelector('summary')!);
    await expect(details.open).toBe(true);
  },
};

export const Confirmation: Story = {
  name: 'Confirmation',
  play: async (ctx) => {
    const d = driver(ctx);
    await toReview(d);
    await d.click(d.control(/I confirm that I am authorized/));
    await d.click('Place order');
    await d.waitForHeading('Order placed');
    await expect(d.text()).toContain('What you ordered');
    await expect(d.text()).toContain('The plan is active now.');
    await expect(d.button('Start another order')).toBeTruthy();
  },
};
