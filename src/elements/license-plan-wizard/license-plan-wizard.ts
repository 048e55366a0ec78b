import { LitElement, css, html, nothing } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { apiClientContext, type LicensePlanApiClient } from '../../api/client.js';
import { createHttpClient } from '../../api/http-client.js';
import { OrderRejectedError } from '../../api/errors.js';
import { loadContext, submitOrder, validateOrder } from '../../api/guarded.js';
import {
  back,
  checkStep,
  edit,
  goTo,
  hasChanges,
  next,
  startWizard,
  stepIndex,
  toOrder,
  withServerErrors,
  type WizardState,
} from '../../model/draft.js';
import { findProduct, stepsFor } from '../../model/rules.js';
import { MODES, type LicenseOrder, type Mode, type OrderConfirmation, type OrderContext, type StepId } from '../../model/schemas.js';
import { fire, wizardContext, type Intent, type WizardView } from '../context.js';
import { formatters } from '../shared/format.js';
import { clearDraft, draftKey, loadDraft, restoreDraft, saveDraft, type RestoreChange, type StorageLike } from '../../model/persist.js';
import { base } from '../shared/styles.js';
import type { StepElement } from '../shared/step-element.js';
import { stepOf } from '../lpw-breadcrumb/lpw-breadcrumb.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { useLocale } from '../shared/localization.js';

export type ErrorKind = 'config' | 'load' | 'validate' | 'submit';

export interface LpwStepChangeDetail {
  step: StepId;
}
export interface LpwOrderPlacedDetail {
  order: LicenseOrder;
  confirmation: OrderConfirmation;
}
export interface LpwCancelDetail {
  reason: 'user' | 'reduce-usage';
  step: StepId;
  consumerTab?: string;
}
export interface LpwErrorDetail {
  kind: ErrorKind;
  message: string;
}

// Steps pass their parts through, so hosts can style them with ::part().
const STEP_TEMPLATES: Record<StepId, unknown> = {
  product: html`<lpw-step-product exportparts="heading, field, error, error-summary"></lpw-step-product>`,
  quantity: html`<lpw-step-quantity exportparts="heading, field, error, error-summary, secondary-button"></lpw-step-quantity>`,
  payment: html`<lpw-step-payment exportparts="heading, field, error, error-summary"></lpw-step-payment>`,
  'start-date': html`<lpw-step-start-date exportparts="heading, field, error, error-summary"></lpw-step-start-date>`,
  references: html`<lpw-step-references exportparts="heading, field, error, error-summary"></lpw-step-references>`,
  review: html`<lpw-step-review exportparts="heading, field, error, error-summary, summary, quote"></lpw-step-review>`,
};

function restoreText(change: RestoreChange): string {
  switch (change.code) {
    case 'product-gone':
      return msg('The product you chose is no longer offered; choose again.');
    case 'quantity-below-usage':
      return msg('The quantity is now below what the customer uses; it needs more licenses.');
    case 'quantity-above-max':
      return msg('The quantity is now above the most that can be ordered.');
    case 'cadence-gone':
      return msg('The payment option you chose is no longer offered; the default is selected.');
    case 'cost-center-gone':
      return msg('The cost center you chose was removed; the default is selected.');
    case 'start-date-moved':
      return msg('The start date you chose is no longer possible; the default is used.');
  }
}

const newKey = () =>
  globalThis.crypto?.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** An attribute's value as text: a removed attribute makes the property null. */
const text = (value: string | null | undefined) => (value ?? '').trim();

const isAbort = (error: unknown) => (error as Error)?.name === 'AbortError';

const message = (error: unknown) =>
  isAbort(error)
    ? msg('The request was interrupted. Try again.')
    : (error instanceof Error && error.message) || msg('Something went wrong.');

/**
 * Orders a new license plan for a customer, or changes an existing one, step
 * by step under a breadcrumb: Product, Quantity, Payment, Start date,
 * References, Review.
 *
 * The API client is taken from the `client` property, else from an ancestor
 * that provides `apiClientContext`, else a built-in HTTP client on `api-base-url`.
 *
 * @summary License plan ordering wizard.
 * @tagname license-plan-wizard
 *
 * @fires {CustomEvent<LpwStepChangeDetail>} lpw-step-change - The user moved to another step.
 * @fires {CustomEvent<LpwOrderPlacedDetail>} lpw-order-placed - The order was placed; detail has the order and its confirmation.
 * @fires {CustomEvent<LpwCancelDetail>} lpw-cancel - The user cancelled: `reason` is 'user' or 'reduce-usage' (then `consumerTab` says where to reduce).
 * @fires {CustomEvent<LpwErrorDetail>} lpw-error - Configuration, load, validation or submit failed; `kind` says which.
 *
 * @csspart base - The wrapper around everything.
 * @csspart panel - The current step, or a message panel.
 * @csspart actions - The row of buttons under the step.
 * @csspart primary-button - Next and Place order.
 * @csspart secondary-button - Back, Cancel, Try again, Start over and "Cancel and reduce subscriptions".
 * @csspart restored - The note that an unfinished order was restored.
 * @csspart breadcrumb - The breadcrumb's `nav`.
 * @csspart item - Each breadcrumb item.
 * @csspart current - The current breadcrumb item.
 * @csspart heading - Each step's heading.
 * @csspart field - A field or radio group.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of errors at the top of a refused step.
 * @csspart summary - The summary tables on Review.
 * @csspart quote - The price table on Review.
 *
 * @cssprop --lpw-brand - Brand colour of buttons, focus rings and the current step. Default #0b5cad.
 * @cssprop --lpw-on-brand - Text on brand colour. Default #fff.
 * @cssprop --lpw-text - Text colour. Default CanvasText.
 * @cssprop --lpw-muted - Colour of hints.
 * @cssprop --lpw-surface - Background of fields and buttons. Default Canvas.
 * @cssprop --lpw-border - Border colour of fields.
 * @cssprop --lpw-error - Colour of error messages. Default #b3261e.
 * @cssprop --lpw-radius - Corner radius. Default 4px.
 * @cssprop --lpw-space - Base spacing. Default 1rem.
 * @cssprop --lpw-font-family - Font; inherits the page's by default.
 */
export class LicensePlanWizard extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        /* Defaults for light and dark; a host page's own values on the element win over these. */
        color-scheme: light dark;
        --lpw-brand: light-dark(#0b5cad, #8ab4f8);
        --lpw-on-brand: light-dark(#fff, #0b1f33);
        --lpw-error: light-dark(#b3261e, #ffb4ab);
      }
      .actions,
      .end {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .actions {
        margin-block-start: var(--lpw-space, 1rem);
      }
      .end {
        margin-inline-start: auto;
      }
      dialog {
        max-inline-size: min(28rem, 100vw - 2rem);
      }
    `,
  ];

  static override properties = {
    customerId: { attribute: 'customer-id', reflect: true },
    mode: { reflect: true },
    planId: { attribute: 'plan-id', reflect: true },
    purchaser: { type: Boolean, reflect: true },
    pricingWithheld: { type: Boolean, attribute: 'pricing-withheld', reflect: true },
    contactEmail: { attribute: 'contact-email' },
    apiBaseUrl: { attribute: 'api-base-url' },
    locale: {},
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    client: { attribute: false },
    wizard: { state: true },
    confirmation: { state: true },
    cancelled: { state: true },
    announcement: { state: true },
    generation: { state: true },
    restored: { state: true },
  };

  /** The customer the plan is for. Required. */
  customerId = '';

  /** `new` to order a new plan, `change` to change the plan named by `plan-id`. */
  mode: string = 'new';

  /** The existing plan to change. Required in change mode. */
  planId = '';

  /** The user has Purchaser privileges. Without them the widget shows only how to get them. */
  purchaser = false;

  /** No amount is rendered anywhere (the partner's pricing is withheld). */
  pricingWithheld = false;

  /** Where to request Purchaser privileges. */
  contactEmail = 'bizops@pexip.com';

  /** Base URL of the Partner Portal API for the built-in HTTP client. */
  apiBaseUrl = '';

  /** BCP 47 locale for numbers, money and dates. Default: the nearest `lang`, then the browser's. */
  locale = '';

  /** Time limit of each API call, in milliseconds. */
  requestTimeout = 15000;

  /** Do not keep the unfinished order in sessionStorage across reloads. */
  noPersist = false;

  /** The API client. Takes precedence over a provided one and over `api-base-url`. */
  client?: LicensePlanApiClient;

  /** @internal */
  private wizard?: WizardState;
  /** @internal */
  private confirmation?: OrderConfirmation;
  /** @internal */
  private cancelled = false;
  /** @internal */
  private announcement = '';
  /** @internal */
  private generation = 0;
  /** @internal Set when the draft came back from sessionStorage: what no longer fit the fresh context. */
  private restored?: RestoreChange[];

  #inherited = new ContextConsumer(this, { context: apiClientContext, subscribe: true });
  #clientProvider = new ContextProvider(this, { context: apiClientContext });
  #viewProvider = new ContextProvider(this, { context: wizardContext });
  #httpClient?: { url: string; client: LicensePlanApiClient };
  #configError = '';
  #reportedConfigError = '';
  #langLocale = '';
  #identity = '';

  get #customer() {
    return text(this.customerId);
  }

  /** The mode, `new` when the attribute is absent. */
  get #mode() {
    return (text(this.mode) || 'new') as Mode;
  }

  get #plan() {
    return text(this.planId);
  }

  get #contact() {
    return text(this.contactEmail) || 'bizops@pexip.com';
  }
  /** The locale asked for (attribute, nearest lang, browser) and the one formats use. */
  #locale = { requested: '', format: 'en' };

  #loadTask = new Task(this, {
    task: async ([client, customerId, mode, planId], { signal }) => {
      if (!client) return initialState;
      const ctx = await loadContext(client, { customerId, mode, ...(mode === 'change' ? { planId } : {}) }, signal, this.requestTimeout);
      if (mode === 'change' && !ctx.plan) throw new Error(msg(str`The Partner Portal sent no plan "${planId}" to change.`));
      return ctx;
    },
    args: () =>
      [this.#activeClient(), this.#customer, this.#mode, this.#plan, this.generation] as const,
    onComplete: (ctx) => {
      const fresh = startWizard(ctx, this.#mode, newKey());
      const stored = this.#key && loadDraft(this.#storage, this.#key);
      const restored = stored ? restoreDraft(stored, fresh, ctx) : undefined;
      this.wizard = restored?.state ?? fresh;
      this.restored = restored?.changes;
    },
    onError: (error) => {
      if (!isAbort(error)) fire(this, 'lpw-error', { kind: 'load', message: message(error) });
    },
  });

  #checkTask = new Task(this, {
    autoRun: false,
    task: ([client, order]: readonly [LicensePlanApiClient, LicenseOrder], { signal }) =>
      validateOrder(client, order, signal, this.requestTimeout),
    onComplete: (result) => {
      if (!result.ok) this.#move(withServerErrors(this.wizard!, result.errors));
    },
    onError: (error) => {
      if (!isAbort(error)) fire(this, 'lpw-error', { kind: 'validate', message: message(error) });
    },
  });

  #submitTask = new Task(this, {
    autoRun: false,
    task: ([client, order]: readonly [LicensePlanApiClient, LicenseOrder], { signal }) =>
      submitOrder(client, order, signal, this.requestTimeout).then((confirmation) => ({ order, confirmation })),
    onComplete: ({ order, confirmation }) => {
      this.#forget();
      this.confirmation = confirmation;
      fire(this, 'lpw-order-placed', { order, confirmation });
      this.#focusPanel();
    },
    onError: (error) => {
      if (error instanceof OrderRejectedError) this.#move(withServerErrors(this.wizard!, error.errors));
      if (!isAbort(error)) fire(this, 'lpw-error', { kind: 'submit', message: message(error) });
    },
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The current step. */
  get step(): StepId {
    return this.wizard?.step ?? stepsFor(this.mode === 'change' ? 'change' : 'new')[0];
  }

  /** Starts over: a fresh context load, an empty draft and a new idempotency key. */
  reset() {
    this.#forget();
    this.#checkTask.abort();
    this.#submitTask.abort();
    this.restored = undefined;
    this.wizard = undefined;
    this.confirmation = undefined;
    this.cancelled = false;
    this.generation++;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#langLocale = this.closest('[lang]')?.getAttribute('lang') ?? '';
    addEventListener('pagehide', this.#save);
    // Calls cut short by an earlier disconnect (the element was moved, or removed and put back) start again.
    const resume = this.#interrupted;
    this.#interrupted = {};
    if (resume.load) this.#loadTask.run();
    if (resume.check) this.#runCheck();
  }

  /** Which calls were in flight when the element was disconnected. */
  #interrupted: { load?: boolean; check?: boolean } = {};

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.#save);
    this.#save();
    // Whatever answers after the element left is ignored: every call in flight is aborted.
    const interrupted = (task: Task) =>
      task.status === TaskStatus.PENDING || (task.status === TaskStatus.ERROR && isAbort(task.error));
    this.#interrupted = { load: interrupted(this.#loadTask), check: interrupted(this.#checkTask) };
    this.#loadTask.abort();
    this.#checkTask.abort();
    this.#submitTask.abort();
  }

  /** sessionStorage, or null where it is unavailable (private mode, sandboxed frames). */
  get #storage(): StorageLike | null {
    try {
      return globalThis.sessionStorage;
    } catch {
      return null;
    }
  }

  /** Where this customer's, mode's and plan's draft is kept; undefined when persistence is off. */
  get #key(): string | undefined {
    if (this.noPersist || !this.purchaser || this.#configError) return undefined;
    return draftKey({ customerId: this.#customer, mode: this.#mode, planId: this.#plan });
  }

  #save = () => {
    if (this.wizard && this.#key && !this.confirmation && !this.cancelled) saveDraft(this.#storage, this.#key, this.wizard);
  };

  #forget() {
    if (this.#key) clearDraft(this.#storage, this.#key);
  }

  #activeClient(): LicensePlanApiClient | undefined {
    if (!this.purchaser || this.#configError) return undefined;
    return this.#resolveClient();
  }

  #resolveClient(): LicensePlanApiClient | undefined {
    if (this.client) return this.client;
    if (this.#inherited.value) return this.#inherited.value;
    const url = text(this.apiBaseUrl);
    if (!url) return undefined;
    if (this.#httpClient?.url !== url) this.#httpClient = { url, client: createHttpClient({ baseUrl: url }) };
    return this.#httpClient.client;
  }

  #findConfigError(): string {
    if (!this.#customer)
      return msg('The "customer-id" attribute is required: set it to the id of the customer the plan is for.');
    const mode = this.#mode;
    if (!(MODES as readonly string[]).includes(mode))
      return msg(str`The "mode" attribute must be "new" or "change", not "${mode}".`);
    if (this.#mode === 'change' && !this.#plan)
      return msg('The "plan-id" attribute is required when mode is "change": set it to the plan to change.');
    const url = text(this.apiBaseUrl);
    if (url && !this.client && !this.#inherited.value && !URL.canParse(url, document.baseURI))
      return msg(str`The "api-base-url" attribute is not a valid URL: "${url}".`);
    if (!(this.requestTimeout > 0)) return msg('The "request-timeout" attribute must be a positive number of milliseconds.');
    if (!this.#resolveClient())
      return msg('No API client: set the "client" property, provide one through apiClientContext, or set the "api-base-url" attribute.');
    return '';
  }

  protected override willUpdate() {
    // Another customer, mode or plan is another order: the old one's state goes, and the load task
    // (whose arguments are these same values) fetches the new context.
    const identity = `${this.#customer}\n${this.#mode}\n${this.#plan}`;
    if (identity !== this.#identity) {
      this.#identity = identity;
      this.wizard = undefined;
      this.confirmation = undefined;
      this.cancelled = false;
      this.restored = undefined;
    }
    this.#configError = this.purchaser ? this.#findConfigError() : '';
    this.#clientProvider.setValue(this.#resolveClient());
    const requested = this.locale || this.#langLocale || navigator.language;
    if (requested !== this.#locale.requested) this.#locale = { requested, format: useLocale(requested, !!this.locale) };
    const ctx = this.#loadTask.value;
    if (this.wizard && ctx) {
      const check = this.#checkTask;
      const submit = this.#submitTask;
      const view: WizardView = {
        state: this.wizard,
        context: ctx,
        product: findProduct(ctx, this.wizard.draft.productId),
        showPrices: !this.pricingWithheld,
        fmt: formatters(this.#locale.format),
        check:
          check.status === TaskStatus.PENDING
            ? { status: 'pending' }
            : check.status === TaskStatus.ERROR
              ? { status: 'error', message: message(check.error) }
              : check.status === TaskStatus.COMPLETE && check.value?.ok
                ? { status: 'ok', quote: check.value.quote ?? null }
                : { status: 'idle' },
        submit:
          submit.status === TaskStatus.PENDING
            ? { status: 'pending' }
            : submit.status === TaskStatus.ERROR && !(submit.error instanceof OrderRejectedError)
              ? { status: 'error', message: message(submit.error) }
              : { status: 'idle' },
      };
      this.#viewProvider.setValue(view);
    }
  }

  protected override updated() {
    if (this.#configError && this.#configError !== this.#reportedConfigError) {
      fire(this, 'lpw-error', { kind: 'config', message: this.#configError });
    }
    this.#reportedConfigError = this.#configError;
  }

  /** Takes a new wizard state; when the step changed, tells the host and moves focus to the new heading. */
  #move(to: WizardState) {
    const from = this.wizard!;
    this.wizard = to;
    if (to.step === from.step) {
      this.#afterRender((step) => step.focusErrors());
      return;
    }
    this.restored = undefined;
    this.#save();
    const index = stepIndex(to);
    this.announcement = stepOf(index + 1, to.steps.length, to.step);
    fire(this, 'lpw-step-change', { step: to.step });
    if (to.step === 'review' && !Object.keys(to.problems).length) this.#runCheck();
    this.#afterRender((step) => (Object.keys(to.problems).length && step.focusErrors()) || step.focusHeading());
  }

  async #afterRender(action: (step: StepElement) => unknown) {
    await this.updateComplete;
    const step = this.renderRoot.querySelector<StepElement>('[data-step] > *');
    if (!step) return;
    await step.updateComplete;
    action(step);
  }

  #runCheck() {
    const client = this.#resolveClient();
    if (client && this.wizard && this.#loadTask.value)
      this.#checkTask.run([client, toOrder(this.wizard, this.#loadTask.value, this.#customer)]);
  }

  #placeOrder() {
    const wizard = this.wizard;
    const ctx = this.#loadTask.value;
    const client = this.#resolveClient();
    // One submitOrder per intent: ignore repeats while one is under way or once the order is placed.
    if (!wizard || !ctx || !client || this.#submitTask.status === TaskStatus.PENDING || this.confirmation) return;
    const problems = checkStep('review', wizard, ctx);
    if (Object.keys(problems).length) {
      this.#move({ ...wizard, problems });
      return;
    }
    this.#submitTask.run([client, toOrder(wizard, ctx, this.#customer)]);
  }

  #cancel(reason: 'user' | 'reduce-usage') {
    const wizard = this.wizard!;
    const product = findProduct(this.#loadTask.value!, wizard.draft.productId);
    this.renderRoot.querySelector('dialog')?.close();
    this.#checkTask.abort();
    this.#forget();
    this.cancelled = true;
    fire(this, 'lpw-cancel', {
      reason,
      step: wizard.step,
      ...(reason === 'reduce-usage' && product ? { consumerTab: product.consumerTab } : {}),
    });
    this.#focusPanel();
  }

  /** Focus on the heading of the panel that replaced the wizard (placed, cancelled). */
  async #focusPanel() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#done')?.focus();
  }

  #onIntent(e: CustomEvent<Intent>) {
    e.stopPropagation();
    this.#act(e.detail);
  }

  /** Carries out an intent on the latest state (never on a state captured by an older render). */
  #act(intent: Intent) {
    const wizard = this.wizard;
    const ctx = this.#loadTask.value;
    if (!wizard || !ctx) return;
    switch (intent.type) {
      case 'edit':
        this.wizard = edit(wizard, ctx, intent.patch);
        return;
      case 'next':
        return this.#move(next(wizard, ctx));
      case 'back':
        return this.#move(back(wizard));
      case 'go':
        return this.#move(goTo(wizard, intent.step));
      case 'reduce-usage':
        return this.#cancel('reduce-usage');
      case 'retry-check':
        return this.#runCheck();
      case 'place-order':
        return this.#placeOrder();
    }
  }

  #onKeydown(e: KeyboardEvent) {
    const target = e.composedPath()[0] as HTMLElement;
    if (e.key !== 'Enter' || target.localName !== 'input') return;
    const type = (target as HTMLInputElement).type;
    if (type === 'radio' || type === 'checkbox') return;
    e.preventDefault();
    if (this.wizard?.step === 'review') this.#placeOrder();
    else this.#act({ type: 'next' });
  }

  #onCancelClick() {
    if (this.wizard?.dirty) this.renderRoot.querySelector('dialog')!.showModal();
    else this.#cancel('user');
  }

  protected override render() {
    return html`<div part="base" @lpw-intent=${this.#onIntent} @keydown=${this.#onKeydown}>${this.#renderBody()}</div>`;
  }

  #panel(heading: string, body: unknown, role?: string) {
    return html`<section part="panel" role=${role ?? nothing}>
      <h2 id="done" tabindex="-1" part="heading">${heading}</h2>
      ${body}
    </section>`;
  }

  #renderBody() {
    if (!this.purchaser)
      return this.#panel(
        msg('Purchaser privileges required'),
        html`<p>
          ${msg(
            'Pricing and ordering of license plans are available only to users with Purchaser privileges. They are not assigned by default. To request them, email',
          )}
          <a href="mailto:${this.#contact}">${this.#contact}</a>.
        </p>`,
      );
    if (this.#configError)
      return this.#panel(msg('The order wizard is not set up correctly'), html`<p>${this.#configError}</p>`, 'alert');
    if (this.confirmation) {
      const c = this.confirmation;
      const fmt = formatters(this.#locale.format);
      return this.#panel(
        msg('Order placed'),
        html`<p>${msg('Order number:')} <strong>${c.orderId}</strong></p>
          <p>${msg('A confirmation email has been sent to')} <strong>${c.confirmationEmail}</strong>.</p>
          <p>${msg(str`The plan is in effect from ${fmt.date(c.effectiveDate)}.`)}</p>
          <button type="button" part="secondary-button" @click=${() => this.reset()}>${msg('Start another order')}</button>`,
      );
    }
    if (this.cancelled)
      return this.#panel(
        msg('Order cancelled'),
        html`<p>${msg('Nothing was ordered.')}</p>
          <button type="button" part="secondary-button" @click=${() => this.reset()}>${msg('Start a new order')}</button>`,
      );
    return this.#loadTask.render({
      pending: () => html`<p role="status" part="panel">${msg('Loading the order details…')}</p>`,
      error: (error) =>
        html`<section part="panel" role="alert">
          <h2 tabindex="-1" part="heading">${msg('The order details could not be loaded')}</h2>
          <p>${message(error)}</p>
          <button type="button" part="secondary-button" @click=${() => this.#loadTask.run()}>${msg('Try again')}</button>
        </section>`,
      complete: (ctx) => (this.wizard ? this.#renderWizard(this.wizard, ctx) : nothing),
    });
  }

  #renderRestored(changes: RestoreChange[]) {
    return html`<div class="note" role="status" part="restored">
      <p>${msg('Your unfinished order was restored.')}</p>
      ${changes.length
        ? html`<p>${msg('Some of it no longer fits and was changed:')}</p>
            <ul>
              ${changes.map((c) => html`<li>${restoreText(c)}</li>`)}
            </ul>`
        : nothing}
      <button type="button" part="secondary-button" @click=${() => this.reset()}>${msg('Start over')}</button>
    </div>`;
  }

  #renderWizard(wizard: WizardState, ctx: OrderContext) {
    const index = stepIndex(wizard);
    const onReview = wizard.step === 'review';
    const submitting = this.#submitTask.status === TaskStatus.PENDING;
    const nothingChanged = onReview && wizard.mode === 'change' && !hasChanges(wizard, ctx);
    return html`<lpw-breadcrumb exportparts="breadcrumb, item, current"></lpw-breadcrumb>
      <div class="vh" role="status">${this.announcement}</div>
      ${this.restored ? this.#renderRestored(this.restored) : nothing}
      <section part="panel" data-step>${STEP_TEMPLATES[wizard.step]}</section>
      <div class="actions" part="actions">
        ${index > 0 && !wizard.returnToReview
          ? html`<button type="button" part="secondary-button" @click=${() => this.#act({ type: 'back' })}>${msg('Back')}</button>`
          : nothing}
        <button type="button" part="secondary-button" @click=${this.#onCancelClick}>${msg('Cancel')}</button>
        <span class="end">
          ${onReview
            ? html`<button
                type="button"
                class="primary"
                part="primary-button"
                ?disabled=${nothingChanged}
                aria-disabled=${submitting ? 'true' : nothing}
                @click=${this.#placeOrder}
              >
                ${msg('Place order')}
              </button>`
            : html`<button type="button" class="primary" part="primary-button" @click=${() => this.#act({ type: 'next' })}>
                ${wizard.returnToReview ? msg('Back to review') : msg('Next')}
              </button>`}
        </span>
      </div>
      ${submitting ? html`<p role="status">${msg('Placing the order…')}</p>` : nothing}
      <dialog aria-labelledby="cancel-title">
        <h2 id="cancel-title">${msg('Cancel this order?')}</h2>
        <p>${msg('The choices you made will be lost.')}</p>
        <div class="actions">
          <button type="button" part="secondary-button" @click=${() => this.renderRoot.querySelector('dialog')!.close()}>
            ${msg('Keep editing')}
          </button>
          <button type="button" class="primary" part="primary-button" @click=${() => this.#cancel('user')}>
            ${msg('Discard order')}
          </button>
        </div>
      </dialog>`;
  }
}

interface LpwEventMap {
  'lpw-step-change': CustomEvent<LpwStepChangeDetail>;
  'lpw-order-placed': CustomEvent<LpwOrderPlacedDetail>;
  'lpw-cancel': CustomEvent<LpwCancelDetail>;
  'lpw-error': CustomEvent<LpwErrorDetail>;
}

// The events bubble and are composed, so they are typed wherever they can be heard: on elements,
// the document and the window.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends LpwEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LpwEventMap {}
}
