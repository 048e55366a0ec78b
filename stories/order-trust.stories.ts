/**
 * Order trust (issue 10): one story per fake-backend scenario in which an order could be misreported
 * or mispriced, and a check that is slow while Place order is pressed. Each ends where a purchaser
 * can see that what they are charged is what they saw, and that the order exists exactly once.
 * The wizard talks to the fake backend over HTTP (msw), with a short request time-out so the
 * "times out" story stays short.
 */
import { html } from 'lit';
import { http } from 'msw';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import '../src/index.js';
import { scenarioNamed } from '../src/mocks/scenario.js';
import type { BackendArgs, BackendLoaded } from '../.storybook/fake-backend.js';
import { textOf } from '../test/helpers/queries.js';
import { deepAll, WizardDriver } from './wizard-driver.js';

interface TrustArgs extends BackendArgs {
  mode: 'new' | 'change';
  planId: string;
  onLpwError: (e: Event) => void;
  onLpwOrderPlaced: (e: Event) => void;
}

type Story = StoryObj<TrustArgs>;
type Context = StoryContext<TrustArgs> & { loaded: BackendLoaded };

/** Long enough for a busy machine, short enough that a lost answer ends the story in seconds. */
const REQUEST_TIMEOUT_MS = 4000;
/** How long a play function waits for what the backend's answer brings. */
const ANSWER_MS = 15_000;

const UNKNOWN = 'We could not confirm whether the order was placed. Trying again is safe: it will not place the order twice.';
const NOT_PLACED = 'The order was not placed.';
const WAITS = 'Place order is available once the order and its price have been checked.';
const PRICE_CHANGED = 'The price has changed since you saw it.';
const PLAN_CHANGED = 'Someone else changed this plan meanwhile.';
const SESSION_ENDED = 'Your session has ended. Sign in again, then try again: what you entered is kept.';
const NOT_ALLOWED = 'You are not allowed to do this. Ask an administrator of your organization for access.';
const AUTHORIZED = /I confirm that I am authorized/;

const meta = {
  title: 'Order trust',
  component: 'license-plan-wizard',
  args: { mode: 'new', planId: '', scenario: 'none', onLpwError: fn(), onLpwOrderPlaced: fn() },
  render: (args) =>
    html`<license-plan-wizard
      api-base-url="/api"
      customer-id="acme"
      mode=${args.mode}
      plan-id=${args.planId}
      locale="en-GB"
      purchaser
      request-timeout=${REQUEST_TIMEOUT_MS}
      @lpw-error=${args.onLpwError}
      @lpw-order-placed=${args.onLpwOrderPlaced}
    ></license-plan-wizard>`,
} satisfies Meta<TrustArgs>;

export default meta;

const driver = (ctx: Context) => WizardDriver.in(ctx.canvasElement, ctx.userEvent);

/** Connect Standard for Microsoft × 60 on 1-year prepay (€8,280.00 a year), on to Review. */
async function newOrderToReview(d: WizardDriver) {
  await d.waitForHeading('Product');
  await d.click(d.control('Connect Standard for Microsoft'));
  await d.next('Quantity');
  await d.fill('Quantity', '60');
  await d.next('Payment');
  await d.click(d.control('1-year prepay'));
  await d.next('Start date');
  await d.next('References');
  await d.next('Review');
}

/** plan-acme-1 (50 users, monthly) changed to 60 users, nothing else, on to Review. */
async function changeOrderToReview(d: WizardDriver) {
  await d.waitForHeading('Quantity');
  await d.click(d.answer('Change the number of licenses?', true));
  await d.fill('Quantity', '60');
  await d.next('Payment');
  await d.click(d.answer('Change the payment plan?', false));
  await d.next('References');
  await d.click(d.answer('Change the billing references?', false));
  await d.next('Review');
}

const placeOrderIsAvailable = (d: WizardDriver) => d.button('Place order').getAttribute('aria-disabled') === null;

/** Ticks the authorization box and waits until the server's check has priced the order. */
async function authorizeWhenChecked(d: WizardDriver) {
  await d.click(d.control(AUTHORIZED));
  await waitFor(() => expect(placeOrderIsAvailable(d), 'Place order available once checked').toBe(true), {
    timeout: ANSWER_MS,
  });
}

const authorized = (d: WizardDriver) => d.control<HTMLInputElement>(AUTHORIZED).checked;

/** The texts of the wizard's alerts (role="alert"), wherever they sit. */
const alerts = (d: WizardDriver) =>
  deepAll(d.el.shadowRoot!)
    .filter((e) => e.getAttribute('role') === 'alert')
    .map(textOf);

async function waitForAlert(d: WizardDriver, text: string) {
  await waitFor(
    () =>
      expect(
        alerts(d).some((t) => t.includes(text)),
        `an alert says "${text}"`,
      ).toBe(true),
    {
      timeout: ANSWER_MS,
    },
  );
}

/** The "Try again" button inside the alert that says `text`. */
function retryIn(d: WizardDriver, text: string): HTMLButtonElement {
  const alert = deepAll(d.el.shadowRoot!).find((e) => e.getAttribute('role') === 'alert' && textOf(e).includes(text));
  const found = alert && Array.from(alert.querySelectorAll('button')).find((b) => textOf(b) === 'Try again');
  if (!found) throw new Error(`No Try again in the alert "${text}".`);
  return found;
}

/** The wizard's own status region, which announces changes. */
const statusText = (d: WizardDriver) => textOf(d.el.shadowRoot!.querySelector('[role="status"]') ?? document.body);

const submitErrorWith = (fields: Record<string, unknown>) =>
  expect.objectContaining({ detail: expect.objectContaining({ kind: 'submit', ...fields }) });

/** Ends on the confirmation, with exactly one order stored and its id shown. */
async function expectOnePlacedOrder(ctx: Context, d: WizardDriver) {
  await d.waitForHeading('Order placed', ANSWER_MS);
  const orders = ctx.loaded.backend.orders;
  await expect(orders, 'exactly one order on the backend').toHaveLength(1);
  await expect(d.text()).toContain(orders[0].orderId);
  await expect(ctx.args.onLpwOrderPlaced).toHaveBeenCalledTimes(1);
}

/** Places a new order whose submit ends without a readable answer, and checks that the wizard says so. */
async function placeIntoUnknownOutcome(ctx: Context): Promise<WizardDriver> {
  const d = driver(ctx);
  await newOrderToReview(d);
  await authorizeWhenChecked(d);
  await d.click('Place order');
  await waitForAlert(d, UNKNOWN);
  await expect(d.text(), 'never "not placed" while the order may exist').not.toContain(NOT_PLACED);
  await expect(ctx.args.onLpwError).toHaveBeenCalledWith(submitErrorWith({ outcome: 'unknown' }));
  return d;
}

export const QuoteExpiresSoon: Story = {
  name: 'Quote expires in 20 s',
  args: { scenario: 'quoteExpiresSoon' },
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderToReview(d);
    await d.waitForText('€8,280.00', ANSWER_MS);
    await authorizeWhenChecked(d);
    // The check that priced the order gave a quote that the backend honours for 20 s.
    await expect(d.text()).not.toContain(WAITS);
  },
};

export const PriceChanges: Story = {
  name: 'Price changes before submit',
  args: { scenario: 'priceChanges' },
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderToReview(d);
    await authorizeWhenChecked(d);
    await d.click('Place order');
    // Prices rose by 10 % after the quote: the backend refuses it and the wizard checks again.
    await d.waitForText(/€9,108\.00 \(was €8,280\.00\)/, ANSWER_MS);
    await expect(authorized(d), 'the authorization box is cleared').toBe(false);
    await expect(statusText(d)).toContain(PRICE_CHANGED);
    await expect(d.text()).not.toContain(NOT_PLACED);
    await ctx.step('authorize the new price and place the order', async () => {
      await authorizeWhenChecked(d);
      await d.click('Place order');
      await expectOnePlacedOrder(ctx as Context, d);
    });
  },
};

export const PlanChanged: Story = {
  name: 'Plan changed by someone else',
  args: { scenario: 'planChanged', mode: 'change', planId: 'plan-acme-1' },
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await changeOrderToReview(d);
    await authorizeWhenChecked(d);
    // Right after that check, a colleague changed the plan: the submit is refused, the plan reloaded.
    await d.click('Place order');
    await d.waitForText(PLAN_CHANGED, ANSWER_MS);
    await expect(d.heading()).toBe('Review');
    await expect(d.text(), 'the choice that still fits is kept').toContain('50 licenses → 60 licenses');
    await expect(authorized(d), 'the authorization box is cleared').toBe(false);
    await ctx.step('authorize again and place the order', async () => {
      await authorizeWhenChecked(d);
      await d.click('Place order');
      await expectOnePlacedOrder(ctx as Context, d);
    });
  },
};

export const SubmitTimesOut: Story = {
  name: 'Submit times out after storing the order',
  args: { scenario: 'submitTimesOut' },
  play: async (ctx) => {
    const { loaded } = ctx as Context;
    const d = await placeIntoUnknownOutcome(ctx as Context);
    await expect(loaded.backend.orders, 'the backend stored the order all the same').toHaveLength(1);
    await ctx.step('the answers get through again; Try again', async () => {
      loaded.backend.scenario = scenarioNamed('none');
      await d.click(retryIn(d, UNKNOWN));
      await expectOnePlacedOrder(ctx as Context, d);
    });
  },
};

export const ConfirmationUnreadable: Story = {
  name: 'Confirmation unreadable',
  args: { scenario: 'confirmationUnreadable' },
  play: async (ctx) => {
    const d = await placeIntoUnknownOutcome(ctx as Context);
    // A replay of the same idempotency key answers in full, with the order stored the first time.
    await ctx.step('Try again: the same key brings the stored confirmation', async () => {
      await d.click(retryIn(d, UNKNOWN));
      await expectOnePlacedOrder(ctx as Context, d);
    });
  },
};

export const SessionExpired: Story = {
  name: 'Session expired',
  play: async (ctx) => {
    const { args, loaded } = ctx as Context;
    const d = driver(ctx as Context);
    await newOrderToReview(d);
    await authorizeWhenChecked(d);
    // The sign-in ends while the purchaser reads Review: from now on every request is a 401.
    loaded.backend.scenario = scenarioNamed('sessionExpired');
    await d.click('Place order');
    await waitForAlert(d, SESSION_ENDED);
    await expect(d.text()).toContain(NOT_PLACED);
    await expect(d.text(), 'no HTTP status in what the user reads').not.toMatch(/\b401\b/);
    await expect(args.onLpwError).toHaveBeenCalledWith(submitErrorWith({ outcome: 'not-placed', status: 401 }));
    await expect(d.heading()).toBe('Review');
    await expect(d.text(), 'the draft is kept').toContain('60 licenses');
    await expect(authorized(d)).toBe(true);
    await expect(loaded.backend.orders).toHaveLength(0);
  },
};

export const NotAllowed: Story = {
  name: 'Not allowed',
  args: { scenario: 'notAllowed' },
  play: async (ctx) => {
    const { loaded } = ctx as Context;
    const d = driver(ctx as Context);
    // Looking is allowed (the order details load); checking and ordering are refused with 403.
    await newOrderToReview(d);
    await waitForAlert(d, NOT_ALLOWED);
    await expect(d.text(), 'no HTTP status in what the user reads').not.toMatch(/\b403\b/);
    await d.click(d.control(AUTHORIZED));
    await expect(d.button('Place order').getAttribute('aria-disabled')).toBe('true');
    await d.click('Place order');
    await expect(loaded.backend.orders).toHaveLength(0);
  },
};

/** Set by the slow-check story's beforeEach: lets the held checks through. */
let releaseChecks = () => {};

export const SlowCheck: Story = {
  name: 'Slow check: Place order pressed while checking',
  beforeEach: ({ msw }) => {
    const released = new Promise<void>((resolve) => {
      releaseChecks = resolve;
    });
    // Waits, then falls through (no response) to the fake backend's own handler.
    msw.use(
      http.post('/api/customers/:customerId/license-orders/validate', async () => {
        await released;
      }),
    );
  },
  play: async (ctx) => {
    const { loaded } = ctx as Context;
    const d = driver(ctx as Context);
    await newOrderToReview(d);
    await d.waitForText('Checking the order and its price…');
    await d.click(d.control(AUTHORIZED));
    const place = d.button('Place order');
    await expect(place.getAttribute('aria-disabled'), 'visibly unavailable').toBe('true');
    await d.click(place);
    await waitFor(() => expect(statusText(d), 'a press says why').toContain(WAITS));
    await expect(loaded.backend.orders, 'no order while checking').toHaveLength(0);
    await ctx.step('the check answers; Place order', async () => {
      releaseChecks();
      await waitFor(() => expect(placeOrderIsAvailable(d)).toBe(true), { timeout: ANSWER_MS });
      await d.click('Place order');
      await expectOnePlacedOrder(ctx as Context, d);
    });
  },
};
