import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { delay, http, HttpResponse } from 'msw';
import type { Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import '../src/index.js';
import { SCENARIOS, type BackendArgs, type BackendLoaded } from '../.storybook/fake-backend.js';
import { deepAll, WizardDriver } from './wizard-driver.js';

interface WizardArgs extends BackendArgs {
  customerId: string;
  mode: string;
  planId: string;
  purchaser: boolean;
  pricingWithheld: boolean;
  contactEmail: string;
  locale: string;
  noPersist: boolean;
  onLpwStepChange: (e: Event) => void;
  onLpwOrderPlaced: (e: Event) => void;
  onLpwCancel: (e: Event) => void;
  onLpwError: (e: Event) => void;
}

type Story = StoryObj<WizardArgs>;
type Context = StoryContext<WizardArgs> & { loaded: Partial<BackendLoaded> };

/** Everything that configures the wizard or the backend; a change mounts a fresh wizard. */
const configKey = ({ onLpwStepChange: _s, onLpwOrderPlaced: _o, onLpwCancel: _c, onLpwError: _e, ...config }: WizardArgs) =>
  JSON.stringify(config);

const render = (args: WizardArgs) =>
  html`${keyed(
    configKey(args),
    html`<license-plan-wizard
      api-base-url="/api"
      customer-id=${args.customerId}
      mode=${args.mode}
      plan-id=${args.planId || nothing}
      ?purchaser=${args.purchaser}
      ?pricing-withheld=${args.pricingWithheld}
      contact-email=${args.contactEmail || nothing}
      locale=${args.locale || nothing}
      ?no-persist=${args.noPersist}
      @lpw-step-change=${args.onLpwStepChange}
      @lpw-order-placed=${args.onLpwOrderPlaced}
      @lpw-cancel=${args.onLpwCancel}
      @lpw-error=${args.onLpwError}
    ></license-plan-wizard>`,
  )}`;

/**
 * The manifest gives every attribute and property an entry. Attribute-named entries stay as
 * documentation (the controls use the property names), and members the stories set themselves
 * (the API base URL) or that are read-only get no control.
 */
const docsOnly = Object.fromEntries(
  [
    'customer-id',
    'plan-id',
    'pricing-withheld',
    'contact-email',
    'api-base-url',
    'request-timeout',
    'no-persist',
    'apiBaseUrl',
    'requestTimeout',
    'client',
    'step',
  ].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'License plan wizard',
  component: 'license-plan-wizard',
  tags: ['autodocs'],
  render,
  args: {
    customerId: 'acme',
    mode: 'new',
    planId: '',
    purchaser: true,
    pricingWithheld: false,
    contactEmail: 'bizops@pexip.com',
    locale: 'en-US',
    noPersist: false,
    scenario: 'none',
    delay: 1500,
    onLpwStepChange: fn(),
    onLpwOrderPlaced: fn(),
    onLpwCancel: fn(),
    onLpwError: fn(),
  },
  argTypes: {
    ...docsOnly,
    customerId: { control: 'select', options: ['acme', 'globex', 'initech', 'umbrella', 'nobody'] },
    mode: { control: 'inline-radio', options: ['new', 'change'] },
    planId: {
      control: 'select',
      options: ['', 'plan-acme-1', 'plan-acme-2', 'plan-acme-3', 'plan-globex-1', 'plan-globex-2', 'plan-initech-1'],
    },
    locale: { control: 'select', options: ['', 'en-US', 'en-GB', 'de-DE', 'fr-FR', 'nb-NO'] },
    scenario: {
      control: 'select',
      options: SCENARIOS,
      description: 'How the fake Partner Portal behaves (src/mocks/ FakeBackend scenarios).',
      table: { category: 'fake backend' },
    },
    delay: {
      control: { type: 'number', min: 0, step: 250 },
      description: 'Milliseconds each answer takes in the "slow" scenario.',
      table: { category: 'fake backend' },
      if: { arg: 'scenario', eq: 'slow' },
    },
  },
} satisfies Meta<WizardArgs>;

export default meta;

// ---------------------------------------------------------------------------------------------
// Driving the wizard

const driver = ({ canvasElement, userEvent }: Context) => WizardDriver.in(canvasElement, userEvent);

const NEW_STEPS = ['Product', 'Quantity', 'Payment', 'Start date', 'References', 'Review'] as const;
type NewStep = (typeof NEW_STEPS)[number];

/** A new plan for Acme: Connect Standard for Microsoft, 60 users, 1-year prepay, today, PO-2026-0311. */
async function newOrderUpTo(d: WizardDriver, last: NewStep) {
  await d.waitForHeading('Product');
  const steps: Record<NewStep, () => Promise<unknown>> = {
    Product: () => d.click(d.control('Connect Standard for Microsoft')),
    Quantity: () => d.fill('Quantity', '60'),
    Payment: () => d.click(d.control('1-year prepay')),
    'Start date': async () => {},
    References: () => d.fill('Your purchase ref', 'PO-2026-0311'),
    Review: async () => {},
  };
  for (const step of NEW_STEPS) {
    if (step === last) return;
    await steps[step]();
    await d.next(NEW_STEPS[NEW_STEPS.indexOf(step) + 1]);
  }
}

const CHANGE_STEPS = ['Quantity', 'Payment', 'References', 'Review'] as const;
type ChangeStep = (typeof CHANGE_STEPS)[number];

/** Plan plan-acme-1 (50 users, monthly): 60 users, 3-year prepay, cost center Sales. */
async function changeOrderUpTo(d: WizardDriver, last: ChangeStep) {
  await d.waitForHeading('Quantity');
  const steps: Record<ChangeStep, () => Promise<unknown>> = {
    Quantity: async () => {
      await d.click(d.answer('Change the number of licenses?', true));
      await d.fill('Quantity', '60');
    },
    Payment: async () => {
      await d.click(d.answer('Change the payment plan?', true));
      await d.click(d.control('3-year prepay'));
    },
    References: async () => {
      await d.click(d.answer('Change the billing references?', true));
      await d.el.updateComplete;
      const select = d.control<HTMLSelectElement>('Cost center');
      await d.user.selectOptions(select, 'cc-sales');
    },
    Review: async () => {},
  };
  for (const step of CHANGE_STEPS) {
    if (step === last) return;
    await steps[step]();
    await d.next(CHANGE_STEPS[CHANGE_STEPS.indexOf(step) + 1]);
  }
}

/** Waits until the server has checked the order on Review, so that Place order submits. */
async function waitForPlaceOrder(d: WizardDriver) {
  await waitFor(() => expect(d.button('Place order').getAttribute('aria-disabled')).toBeNull(), { timeout: 15_000 });
}

/** A play function that walks a new order up to `step`. */
const playNewUpTo =
  (step: NewStep): Story['play'] =>
  async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, step);
    await expect(d.heading()).toBe(step);
  };

/** A play function that walks a change of plan-acme-1 up to `step`. */
const playChangeUpTo =
  (step: ChangeStep): Story['play'] =>
  async (ctx) => {
    const d = driver(ctx as Context);
    await changeOrderUpTo(d, step);
    await expect(d.heading()).toBe(step);
  };

const CHANGE_ACME_1 = { mode: 'change', planId: 'plan-acme-1' } satisfies Partial<WizardArgs>;

/** Holds every order submission until the story is left, to show the wizard while it waits. */
const holdSubmissions = ({ msw }: Pick<StoryContext, 'msw'>) => {
  msw.use(http.post('/api/customers/:customerId/license-orders', () => delay('infinite')));
};

// ---------------------------------------------------------------------------------------------
// Stories

export const Default: Story = {
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await d.waitForHeading('Product');
    await expect(d.text()).toContain('Step 1 of 6: Product');
  },
};

export const Loading: Story = {
  tags: ['!autodocs'],
  args: { scenario: 'slow', delay: 600_000 },
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await d.waitForText('Loading the order details…');
  },
};

export const NewProduct: Story = { name: 'New plan: Product', tags: ['!autodocs'], play: playNewUpTo('Product') };
export const NewQuantity: Story = { name: 'New plan: Quantity', tags: ['!autodocs'], play: playNewUpTo('Quantity') };
export const NewPayment: Story = { name: 'New plan: Payment', tags: ['!autodocs'], play: playNewUpTo('Payment') };
export const NewStartDate: Story = { name: 'New plan: Start date', tags: ['!autodocs'], play: playNewUpTo('Start date') };
export const NewReferences: Story = { name: 'New plan: References', tags: ['!autodocs'], play: playNewUpTo('References') };
export const NewReview: Story = { name: 'New plan: Review', tags: ['!autodocs'], play: playNewUpTo('Review') };

export const ChangeQuantity: Story = {
  name: 'Change plan: Quantity',
  tags: ['!autodocs'],
  args: CHANGE_ACME_1,
  play: playChangeUpTo('Quantity'),
};
export const ChangePayment: Story = {
  name: 'Change plan: Payment',
  tags: ['!autodocs'],
  args: CHANGE_ACME_1,
  play: playChangeUpTo('Payment'),
};
export const ChangeReferences: Story = {
  name: 'Change plan: References',
  tags: ['!autodocs'],
  args: CHANGE_ACME_1,
  play: playChangeUpTo('References'),
};
export const ChangeReview: Story = {
  name: 'Change plan: Review',
  tags: ['!autodocs'],
  args: CHANGE_ACME_1,
  play: playChangeUpTo('Review'),
};

/** Acme uses 42 Microsoft users, so 41 is refused, and the wizard offers to reduce usage first. */
export const QuantityBelowUsage: Story = {
  tags: ['!autodocs'],
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Quantity');
    await d.fill('Quantity', '41');
    await d.click('Next');
    await waitFor(() => expect(d.errorOf(d.control('Quantity'))).toContain('The customer uses 42 licenses now'));
    await expect(d.heading()).toBe('Quantity');
    await expect(d.queryButton('Cancel and reduce subscriptions')).toBeTruthy();
  },
};

/** After a reload: a new wizard for the same customer finds the draft, says so, and offers Start over. */
export const RestoredDraft: Story = {
  name: 'Restored draft',
  tags: ['!autodocs'],
  play: async (ctx) => {
    await newOrderUpTo(driver(ctx as Context), 'Payment');
    // What a page reload does: the element goes (saving the draft) and a new one mounts.
    const old = ctx.canvasElement.querySelector('license-plan-wizard')!;
    const fresh = old.cloneNode() as HTMLElement;
    old.replaceWith(fresh);
    const d = driver(ctx as Context);
    await d.waitForText('Your unfinished order was restored.');
    await expect(d.heading()).toBe('Payment');
    await expect(d.queryButton('Start over')).toBeTruthy();
  },
};

export const ValidationMessage: Story = {
  name: 'Validation message',
  tags: ['!autodocs'],
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Quantity');
    await d.fill('Quantity', '1.5');
    await d.click('Next');
    const field = d.control('Quantity');
    await waitFor(() => expect(d.errorOf(field)).toContain('Licenses are whole'));
    await expect(field.getAttribute('aria-invalid')).toBe('true');
  },
};

/** One story per other message a refused Next can show, each checked at its field. */
const refusedAt = (
  step: NewStep,
  prepare: (d: WizardDriver) => Promise<unknown>,
  label: string | RegExp,
  message: string,
): Story => ({
  tags: ['!autodocs'],
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, step);
    await prepare(d);
    if (step === 'Review') await waitForPlaceOrder(d);
    await d.click(step === 'Review' ? 'Place order' : 'Next');
    await waitFor(() => expect(d.errorOf(d.control(label))).toContain(message));
    await expect(d.heading()).toBe(step);
  },
});

export const ProductRequired: Story = {
  name: 'Validation: no product chosen',
  ...refusedAt('Product', async () => {}, 'Connect Essentials', 'Choose a product.'),
};
export const StartDateOutsideWindow: Story = {
  name: 'Validation: start date outside the window',
  ...refusedAt(
    'Start date',
    async (d) => {
      const date = d.control('Start date') as HTMLInputElement;
      date.value = '2030-01-01';
      date.dispatchEvent(new Event('input'));
    },
    'Start date',
    'The start date must be between',
  ),
};
export const PurchaseRefTooLong: Story = {
  name: 'Validation: purchase ref too long',
  ...refusedAt('References', (d) => d.fill('Your purchase ref', 'P'.repeat(101)), 'Your purchase ref', 'at most 100 characters'),
};
export const AuthorizationNotConfirmed: Story = {
  name: 'Validation: authorization not confirmed',
  ...refusedAt('Review', async () => {}, /I confirm that I am authorized/, 'Confirm that you are authorized'),
};

/** Initech has no cost centers: References says where to set them up. */
export const NoCostCenters: Story = {
  tags: ['!autodocs'],
  args: { customerId: 'initech' },
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await d.waitForHeading('Product');
    await d.click(d.control('Connect Essentials'));
    for (const step of ['Quantity', 'Payment', 'Start date', 'References']) await d.next(step);
    await expect(d.queryControl('Cost center')).toBeUndefined();
    await expect(d.text()).toContain('Company settings, Billing section');
  },
};

/** The partner's pricing is withheld: the backend sends no prices and the wizard shows no amounts. */
export const PricingWithheld: Story = {
  tags: ['!autodocs'],
  args: { pricingWithheld: true, scenario: 'pricingWithheld' },
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Review');
    await waitFor(() => expect(d.text()).not.toContain('Checking the order'));
    await expect(d.text()).not.toMatch(/€|EUR/);
  },
};

export const NotAPurchaser: Story = {
  name: 'Not a purchaser',
  args: { purchaser: false },
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await d.waitForHeading('Purchaser privileges required');
    await expect(d.text()).toContain('bizops@pexip.com');
  },
};

/** The backend sends a context that breaks the contract; Try again loads it once the backend is fixed. */
export const LoadError: Story = {
  name: 'Load error and Try again',
  tags: ['!autodocs'],
  args: { scenario: 'malformedContext' },
  play: async (ctx) => {
    const { args, loaded } = ctx as Context;
    const d = driver(ctx as Context);
    await d.waitForHeading('The order details could not be loaded');
    await expect(d.text()).toContain('The Partner Portal sent an answer the wizard cannot read.');
    await expect(args.onLpwError).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ kind: 'load' }) }),
    );
    await ctx.step('the backend recovers; Try again', async () => {
      loaded.backend!.scenario = {};
      await d.click('Try again');
      await d.waitForHeading('Product');
    });
  },
};

/** The server refuses the order on Review with a message that belongs to no single field. */
export const ServerValidationError: Story = {
  name: 'Server validation error on Review',
  tags: ['!autodocs'],
  beforeEach: ({ msw }) => {
    msw.use(
      http.post('/api/customers/:customerId/license-orders/validate', () =>
        HttpResponse.json({
          ok: false,
          errors: [{ field: null, message: 'Acme Corporation is over its credit limit. Ask your account manager to raise it.' }],
        }),
      ),
    );
  },
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Review');
    await d.waitForText('over its credit limit');
    await expect(d.heading()).toBe('Review');
    // The refusal is listed in the error summary, which takes focus.
    await waitFor(() => expect(d.activeElement()?.classList.contains('summary')).toBe(true));
  },
};

export const Submitting: Story = {
  tags: ['!autodocs'],
  beforeEach: holdSubmissions,
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Review');
    await d.waitForText('Total');
    await d.click(d.control(/I confirm that I am authorized/));
    await d.click('Place order');
    await d.waitForText('Placing the order…');
    await expect(d.button('Place order').getAttribute('aria-disabled')).toBe('true');
  },
};

/** The whole new-plan flow, ending on the confirmation. */
export const NewOrderPlaced: Story = {
  name: 'New plan: order placed',
  tags: ['!autodocs'],
  play: async (ctx) => {
    const { args, loaded } = ctx as Context;
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Review');
    await d.waitForText('Total');
    const summary = d.text();
    await expect(summary).toContain('Connect Standard for Microsoft');
    await expect(summary).toContain('60 licenses');
    await expect(summary).toContain('1-year prepay');
    await expect(summary).toContain('IT Operations');
    await expect(summary).toContain('PO-2026-0311');
    await d.click(d.control(/I confirm that I am authorized/));
    await d.click('Place order');
    await d.waitForHeading('Order placed');
    await expect(d.text()).toContain('purchasing@acme.example');
    const orders = loaded.backend!.orders;
    await expect(orders).toHaveLength(1);
    await expect(d.text()).toContain(orders[0].orderId);
    await expect(args.onLpwOrderPlaced).toHaveBeenCalledTimes(1);
    await expect(args.onLpwStepChange).toHaveBeenCalledTimes(5);
  },
};

/** The whole change flow for plan-acme-1, ending on the confirmation. */
export const ChangeOrderPlaced: Story = {
  name: 'Change plan: order placed',
  tags: ['!autodocs'],
  args: CHANGE_ACME_1,
  play: async (ctx) => {
    const { args, loaded } = ctx as Context;
    const d = driver(ctx as Context);
    await changeOrderUpTo(d, 'Review');
    await d.waitForText('Total');
    const summary = d.text();
    await expect(summary).toContain('50 licenses → 60 licenses');
    await expect(summary).toContain('Monthly → 3-year prepay');
    await expect(summary).toContain('IT Operations → Sales');
    await d.click(d.control(/I confirm that I am authorized/));
    await d.click('Place order');
    await d.waitForHeading('Order placed');
    await expect(args.onLpwOrderPlaced).toHaveBeenCalledTimes(1);
    const plan = loaded.backend!.plans('acme').find((p) => p.id === 'plan-acme-1');
    await expect(plan).toMatchObject({ quantity: 60, cadence: 'prepay-3y', costCenterId: 'cc-sales' });
  },
};

/** Placing the order fails with a 500, so its outcome is unknown; Try again places it once the backend recovers. */
export const SubmitErrorAndRetry: Story = {
  name: 'Submit error and Try again',
  tags: ['!autodocs'],
  args: { scenario: 'failSubmit' },
  play: async (ctx) => {
    const { args, loaded } = ctx as Context;
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Review');
    await d.click(d.control(/I confirm that I am authorized/));
    await waitForPlaceOrder(d);
    await d.click('Place order');
    const retry = await d.waitForButton('Try again', 15_000);
    // A 500 leaves the outcome unknown: the server may have stored the order.
    await expect(d.text()).toContain('We could not confirm whether the order was placed. Trying again is safe');
    await expect(d.text()).not.toContain('The order was not placed');
    await expect(args.onLpwError).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ kind: 'submit', outcome: 'unknown', status: 500 }) }),
    );
    await expect(d.control<HTMLInputElement>(/I confirm that I am authorized/).checked).toBe(true);
    await ctx.step('the backend recovers; Try again', async () => {
      loaded.backend!.scenario = {};
      await d.click(retry);
      await d.waitForHeading('Order placed', 15_000);
    });
    await expect(loaded.backend!.orders).toHaveLength(1);
    await expect(args.onLpwOrderPlaced).toHaveBeenCalledTimes(1);
  },
};

// ---------------------------------------------------------------------------------------------
// Layout and theming

const narrow: Decorator = (story) =>
  html`<div style="inline-size: 320px; outline: 1px dashed #8a8f98; outline-offset: 4px">${story()}</div>`;

/** The Review step, the widest, in a 320 px wide container. */
export const Narrow320: Story = {
  name: '320 px container',
  decorators: [narrow],
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Review');
    await d.waitForText('Total');
    await expect(d.el.scrollWidth).toBeLessThanOrEqual(d.el.clientWidth);
  },
};

const rtl: Decorator = (story) => html`<div dir="rtl">${story()}</div>`;

/** The wizard on a right-to-left page, at Quantity (usage note, breadcrumb, buttons). */
export const RightToLeft: Story = {
  name: 'Right-to-left page',
  decorators: [rtl],
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Quantity');
  },
};

/**
 * "Larkspur Telecom", a fictional reseller, restyles the wizard with nothing but the --lpw-* custom
 * properties and ::part(): the root's parts, the steps' (heading, field, error, summary) and the
 * breadcrumb's (breadcrumb, item, current), which the wizard forwards to its host.
 */
const larkspur: Decorator = (story) => html`
  <style>
    .larkspur {
      font-family: 'Trebuchet MS', 'Segoe UI', system-ui, sans-serif;
      background: #f3f1fa;
      padding: 1.5rem;
    }
    .larkspur license-plan-wizard {
      --lpw-brand: #4b2e83;
      --lpw-on-brand: #ffffff;
      --lpw-text: #221a33;
      --lpw-muted: #5b5270;
      --lpw-surface: #ffffff;
      --lpw-border: #8e84a6;
      --lpw-error: #a4133c;
      --lpw-radius: 10px;
      --lpw-space: 1.25rem;
      --lpw-font-family: inherit;
      max-inline-size: 40rem;
    }
    .larkspur license-plan-wizard::part(base) {
      background: #ffffff;
      border-radius: 16px;
      box-shadow: 0 2px 12px rgb(75 46 131 / 0.15);
      padding: 1.5rem;
    }
    .larkspur license-plan-wizard::part(actions) {
      border-block-start: 1px solid #e2ddef;
      padding-block-start: 1rem;
    }
    .larkspur license-plan-wizard::part(primary-button),
    .larkspur license-plan-wizard::part(secondary-button) {
      border-radius: 999px;
      padding-inline: 1.5rem;
      font-weight: 600;
    }
    .larkspur license-plan-wizard::part(heading) {
      color: #4b2e83;
      letter-spacing: 0.01em;
    }
    .larkspur license-plan-wizard::part(field) {
      background: #faf9fd;
      border-radius: 10px;
      padding: 0.75rem 1rem;
    }
    .larkspur license-plan-wizard::part(error) {
      background: #fdecef;
      border-radius: 6px;
      padding: 0.25rem 0.5rem;
    }
    .larkspur license-plan-wizard::part(summary) {
      background: #faf9fd;
    }
    .larkspur license-plan-wizard::part(breadcrumb) {
      font-size: 0.9rem;
    }
    .larkspur license-plan-wizard::part(current) {
      color: #4b2e83;
    }
  </style>
  <div class="larkspur">${story()}</div>
`;

export const Theming: Story = {
  decorators: [larkspur],
  play: async (ctx) => {
    const d = driver(ctx as Context);
    await newOrderUpTo(d, 'Quantity');
    const style = (part: string) => {
      const el = deepAll(d.el.shadowRoot!).find((e) => e.part.contains(part));
      if (!el) throw new Error(`No part ${part}.`);
      return getComputedStyle(el);
    };
    await expect(style('primary-button').backgroundColor, 'brand colour on Next').toBe('rgb(75, 46, 131)');
    await expect(style('primary-button').borderTopLeftRadius, '::part(primary-button)').toBe('999px');
    await expect(style('base').borderTopLeftRadius, '::part(base)').toBe('16px');
    await expect(style('heading').color, "the step's ::part(heading)").toBe('rgb(75, 46, 131)');
    await expect(style('field').backgroundColor, "the step's ::part(field)").toBe('rgb(250, 249, 253)');
    await expect(style('current').color, "the breadcrumb's ::part(current)").toBe('rgb(75, 46, 131)');
  },
};
