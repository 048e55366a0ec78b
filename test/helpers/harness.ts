/**
 * A small page object for the wizard: finds controls the way a person does
 * (by label, by button text, by role) through the shadow roots, and drives them
 * with real key presses.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker, type SetupWorker } from 'msw/browser';
import '../../src/index.js';
import type {
  LicensePlanApiClient,
  LicensePlanWizard,
  LicenseOrder,
  OrderConfirmation,
  OrderContext,
  Quote,
} from '../../src/index.js';
import { FakeBackend, type FakeBackendOptions } from '../../src/mocks/backend.js';
import { createHandlers } from '../../src/mocks/handlers.js';
import { activeElement, deepAll, heading, queryButton, queryControl, settle, textOf } from './queries.js';

export { settle };

export const TODAY = '2026-11-26';

let worker: SetupWorker | undefined;

/** A fresh fake backend behind msw's service worker at /api, started once per test file. */
export async function fakeBackend(options: FakeBackendOptions = {}): Promise<FakeBackend> {
  const backend = new FakeBackend({ today: TODAY, ...options });
  if (!worker) {
    worker = setupWorker(...createHandlers(backend));
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
  } else {
    worker.resetHandlers(...createHandlers(backend));
  }
  return backend;
}

export { activeElement, deepAll, errorOf, heading, queryAnswer, queryButton, queryControl, visibleText } from './queries.js';

export function button(wizard: Element, name: string | RegExp): HTMLButtonElement {
  const found = queryButton(wizard, name);
  if (!found)
    throw new Error(
      `No button named ${name}. Buttons: ${deepAll(wizard.shadowRoot!)
        .filter((e) => e.localName === 'button')
        .map(textOf)
        .join(' | ')}`,
    );
  return found;
}

export function control<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(
  wizard: Element,
  name: string | RegExp,
): T {
  const found = queryControl(wizard, name);
  if (!found) throw new Error(`No control labelled ${name}`);
  return found as T;
}

export async function until(wizard: LicensePlanWizard, check: () => unknown, message: string) {
  await waitUntil(
    async () => {
      await settle(wizard);
      return check();
    },
    message,
    { timeout: 4000 },
  );
  await settle(wizard);
}

/** Resolves at the start of the next frame (where focus moves after a render: focus-controller.ts). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits until focus is on what `target` finds; focus moves in the frame after the render that shows it. */
export async function focusReaches(wizard: LicensePlanWizard, target: () => Element | null | undefined, message: string) {
  await until(wizard, () => activeElement() === target(), message);
}

export async function headingIs(wizard: LicensePlanWizard, name: string) {
  await until(
    wizard,
    () => heading(wizard)?.textContent?.trim() === name,
    `heading "${name}" (is "${heading(wizard)?.textContent?.trim()}")`,
  );
}

/**
 * Types into a field as a person does: after seeing the page (the next frame, where focus moves
 * after a render), focus, select all, delete, type.
 */
export async function type(field: HTMLInputElement, value: string) {
  await nextFrame();
  field.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

export async function click(wizard: LicensePlanWizard, el: HTMLElement) {
  el.click();
  await settle(wizard);
}

/** Mounts a wizard. Drafts kept by earlier tests are cleared first unless `keepDrafts`. */
export async function mount(
  attrs: Record<string, string | boolean> = {},
  props: Partial<LicensePlanWizard> = {},
  keepDrafts = false,
) {
  if (!keepDrafts) sessionStorage.clear();
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('license-plan-wizard');
  for (const [k, v] of Object.entries({ 'api-base-url': '/api', purchaser: true, ...attrs })) {
    if (v !== false) el.setAttribute(k, v === true ? '' : v);
  }
  Object.assign(el, props);
  host.append(el);
  await settle(el);
  return el;
}

/** Records the wizard's public events. */
export function record(el: Element) {
  const events: CustomEvent[] = [];
  for (const name of ['lpw-step-change', 'lpw-order-placed', 'lpw-cancel', 'lpw-error'])
    el.addEventListener(name, (e) => events.push(e as CustomEvent));
  return events;
}

/** The error summary a refused step shows at its top, if any. */
export function errorSummary(wizard: Element): HTMLElement | undefined {
  return deepAll(wizard.shadowRoot!).find((el): el is HTMLElement => el.classList.contains('summary'));
}

/** Asserts focus is on the error summary, that it lists `message`, and that its link moves focus to `field`. */
export async function expectSummaryLeadsTo(wizard: LicensePlanWizard, field: Element, message: string) {
  const summary = errorSummary(wizard);
  if (!summary) throw new Error('no error summary');
  await focusReaches(wizard, () => summary, 'focus on the error summary');
  if (summary.getAttribute('role') !== 'alert') throw new Error('the summary is not announced (role=alert)');
  const link = Array.from(summary.querySelectorAll('a')).find((a) => (a.textContent ?? '').includes(message));
  if (!link) throw new Error(`summary does not list "${message}": ${summary.textContent}`);
  link.click();
  await settle(wizard);
  if (activeElement() !== field) throw new Error('the summary link did not move focus to its field');
}

export async function next(el: LicensePlanWizard) {
  await click(el, button(el, 'Next'));
}

/** Picks Connect Essentials, then takes Next (`nextLabel`) with every default, expecting each heading in turn. */
export async function essentialsThrough(el: LicensePlanWizard, headings: readonly string[], nextLabel = 'Next') {
  await click(el, control(el, 'Connect Essentials'));
  for (const heading of headings) {
    await click(el, button(el, nextLabel));
    await headingIs(el, heading);
  }
}

/** Fills a new order for acme up to References (Connect Essentials, 40, 3-year prepay, PO-2026-118). */
export async function toReferences(el: LicensePlanWizard) {
  await headingIs(el, 'Product');
  await click(el, control(el, 'Connect Essentials'));
  await next(el);
  await headingIs(el, 'Quantity');
  await type(control(el, 'Quantity'), '40');
  await next(el);
  await headingIs(el, 'Payment');
  await click(el, control(el, '3-year prepay'));
  await next(el);
  await headingIs(el, 'Start date');
  await next(el);
  await headingIs(el, 'References');
  await type(control(el, 'Your purchase ref'), 'PO-2026-118');
}

/** The same order, on to Review. */
export async function toReview(el: LicensePlanWizard) {
  await toReferences(el);
  await next(el);
  await headingIs(el, 'Review');
}

/** A client that calls the fake backend in-process: no HTTP, no service worker. */
export function inProcessClient(backend: FakeBackend): LicensePlanApiClient {
  return {
    loadContext: async ({ customerId, mode, planId }) => backend.context(customerId, mode, planId).body as never,
    validateOrder: async (order) => backend.validate(order),
    submitOrder: async () => {
      throw new Error('not used');
    },
  };
}

/** The catalogue of `count` products, each like acme's first (named "Catalogue product 1"…; every 100th is described as including recording). */
export function generatedProducts(backend: FakeBackend, count: number) {
  const context = backend.context('acme', 'new').body as OrderContext;
  const model = context.products[0];
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const description = number % 100 === 0 ? 'Includes recording.' : `Ordinary plan number ${number}.`;
    return { ...model, id: `generated-${number}`, name: `Catalogue product ${number}`, description };
  });
}

/** An in-process client for acme whose catalogue is `count` generated products (see generatedProducts). */
export function catalogueClient(backend: FakeBackend, count: number): LicensePlanApiClient {
  const context = backend.context('acme', 'new').body as OrderContext;
  const products = generatedProducts(backend, count);
  return { ...inProcessClient(backend), loadContext: async () => ({ ...context, products }) };
}

/**
 * A client over the fake backend in-process whose quotes carry exactly the `extra` billing details
 * (billing, first invoice period, tax…), and whose submitOrder confirms with `confirmation`.
 */
export function quotingClient(
  backend: FakeBackend,
  extra: (order: LicenseOrder) => Partial<Quote>,
  confirmation: Partial<OrderConfirmation> = {},
): LicensePlanApiClient {
  return {
    ...inProcessClient(backend),
    validateOrder: async (order) => {
      const result = backend.validate(order);
      if (!result.ok || !result.quote) return result;
      // The backend's own billing details are dropped, so each test says exactly which the quote has.
      const { billing, currentBilling, firstInvoicePeriod, nextInvoiceDate, taxIncluded, ...plain } = result.quote;
      void [billing, currentBilling, firstInvoicePeriod, nextInvoiceDate, taxIncluded];
      return { ok: true, quote: { ...plain, ...extra(order) } };
    },
    submitOrder: async () => ({
      orderId: 'ORD-2026-0042',
      confirmationEmail: 'purchasing@acme.example',
      effectiveDate: TODAY,
      ...confirmation,
    }),
  };
}

/** A new order: picks `product` and goes on to Quantity. */
export async function toQuantityOf(el: LicensePlanWizard, product: string) {
  await headingIs(el, 'Product');
  await click(el, control(el, product));
  await next(el);
  await headingIs(el, 'Quantity');
}

/** Waits until the order on Review has been checked: Place order is no longer marked unavailable. */
export async function whenChecked(el: LicensePlanWizard) {
  await until(
    el,
    () => queryButton(el, 'Place order')?.getAttribute('aria-disabled') === null,
    'the order checked (Place order available)',
  );
}
