import { LitElement, css, html, nothing } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
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
import {
  MODES,
  type FieldError,
  type LicenseOrder,
  type Mode,
  type OrderConfirmation,
  type OrderContext,
  type StepId,
} from '../../model/schemas.js';
import { clearDraft, draftKey, loadDraft, restoreDraft, saveDraft, type RestoreChange, type StorageLike } from '../../model/persist.js';
import { fire, wizardContext, type Intent } from '../context.js';
import type { Formatters } from '../shared/format.js';
import { useLocale } from '../shared/localization.js';
import { base } from '../shared/styles.js';
import type { StepElement } from '../shared/step-element.js';
import { stepOf } from '../lpw-breadcrumb/lpw-breadcrumb.js';


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

/** What a restored draft had to change, as its note says it. Only the one message asked for is looked up. */
function restoreText(code: RestoreChange['code']): string {
  switch (code) {
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
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** An attribute's value as text: a removed attribute makes the property null. */
const text = (value: string | null | undefined) => (value ?? '').trim();

const isAbort = (error: unknown) => (error as Error)?.name === 'AbortError';

const message = (error: unknown) =>
  isAbort(error)
    ? msg('The request was interrupted. Try again.')
    : (error instanceof Error && error.message) || msg('Something went wrong.');

// The check and submit calls as the steps see them (WizardView).
const IDLE = { status: 'idle' } as const;
const pending = () => ({ status: 'pending' }) as const;
const failed = (error: unknown) => ({ status: 'error', message: message(error) }) as const;

/** The arguments of the check and submit calls. */
type OrderArgs = readonly [LicensePlanApiClient, LicenseOrder];

/**
 * A secondary button. Lit calls a listener with the element whose render made
 * the button as `this`, so a method of the wizard can be passed as it is.
 */
const secondary = (label: string, onClick: () => unknown) =>
  html`<button type="button" part="secondary-button" @click=${onClick}>${label}</button>`;

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
  private cancelled?: boolean;
  /** @internal */
  private announcement?: string;
  /** @internal */
  private generation = 0;
  /** @internal Set when the draft came back from sessionStorage: what no longer fit the fresh context. */
  private restored?: RestoreChange[];

  #inherited = new ContextConsumer(this, { context: apiClientContext, subscribe: true });
  #clientProvider = new ContextProvider(this, { context: apiClientContext });
  #viewProvider = new ContextProvider(this, { context: wizardContext });
  #http?: { url: string; client: LicensePlanApiClient };
  #configError?: string;
  #reportedConfigError?: string;
  /** The `lang` of the nearest ancestor that has one. */
  #langLocale?: string | null;
  /** The identity of the order the state is for (see #identity). */
  #stateIdentity?: string;
  /** The locale asked for (attribute, nearest lang, browser), and formatting for it. */
  #requestedLocale?: string;
  #fmt!: Formatters;
  /** Which calls (load, check, submit) were in flight when the element was last disconnected. */
  #interrupted: boolean[] = [];

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

  /** Which order this is (its customer, mode and plan): the key its draft is kept under, too. */
  get #identity() {
    return draftKey({ customerId: this.#customer, mode: this.#mode, planId: this.#plan });
  }

  /** How the client calls run: the task's signal, the time limit, and the locale for text the server writes. */
  #callOptions(signal: AbortSignal) {
    return { signal, timeoutMs: this.requestTimeout, locale: this.#requestedLocale || undefined };
  }

  #loadTask = new Task(this, {
    task: async ([client, customerId, mode, planId], { signal }) => {
      if (!client) return initialState;
      const ctx = await loadContext(client, { customerId, mode, ...(mode === 'change' ? { planId } : {}) }, this.#callOptions(signal));
      if (mode === 'change' && !ctx.plan) throw new Error(msg(str`The Partner Portal sent no plan "${planId}" to change.`));
      return ctx;
    },
    args: () =>
      [!this.purchaser || this.#configError ? undefined : this.#resolveClient(), this.#customer, this.#mode, this.#plan, this.generation] as const,
    onComplete: (ctx) => {
      const fresh = startWizard(ctx, this.#mode, newKey());
      const stored = this.#draft(loadDraft);
      const restored = stored && restoreDraft(stored, fresh, ctx);
      this.wizard = restored ? restored.state : fresh;
      this.restored = restored?.changes;
    },
    onError: (error) => this.#failed('load', error),
  });

  #checkTask = new Task(this, {
    autoRun: false,
    task: ([client, order]: OrderArgs, { signal }) => validateOrder(client, order, this.#callOptions(signal)),
    onComplete: (result) => result.ok || this.#refused(result.errors),
    onError: (error) => this.#failed('validate', error),
  });

  #submitTask = new Task(this, {
    autoRun: false,
    task: ([client, order]: OrderArgs, { signal }) =>
      submitOrder(client, order, this.#callOptions(signal)).then((confirmation) => ({ order, confirmation })),
    onComplete: (placed) => {
      this.#draft(clearDraft);
      this.confirmation = placed.confirmation;
      fire(this, 'lpw-order-placed', placed);
      this.#focusPanel();
    },
    onError: (error) => {
      if (error instanceof OrderRejectedError) this.#refused(error.errors);
      this.#failed('submit', error);
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
    this.#draft(clearDraft);
    this.#checkTask.abort();
    this.#submitTask.abort();
    this.#clear();
    this.generation++;
  }

  /** Drops the order in progress. */
  #clear() {
    this.wizard = this.confirmation = this.restored = this.cancelled = undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#langLocale = this.closest('[lang]')?.getAttribute('lang');
    addEventListener('pagehide', this.#save);
    // Calls cut short by the disconnect before (the element was moved, or removed and put back) start again.
    const [load, check] = this.#interrupted;
    if (load) this.#loadTask.run();
    if (check) this.#act({ type: 'retry-check' });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.#save);
    this.#save();
    // Whatever answers after the element left is ignored: every call in flight is aborted.
    this.#interrupted = [this.#loadTask, this.#checkTask, this.#submitTask].map((task) => {
      const { status } = task;
      task.abort();
      return status === TaskStatus.PENDING || (status === TaskStatus.ERROR && isAbort(task.error));
    });
  }

  /**
   * Runs `use` on sessionStorage with this order's draft key, unless drafts are not kept (no-persist,
   * no Purchaser privileges, a configuration error) or there is no sessionStorage (private mode,
   * sandboxed frames).
   */
  #draft<T>(use: (storage: StorageLike, key: string) => T): T | undefined {
    if (this.noPersist || !this.purchaser || this.#configError) return;
    try {
      return use(sessionStorage, this.#identity);
    } catch {
      // The draft is not kept.
    }
  }

  #save = () => {
    const { wizard } = this;
    if (wizard && !this.confirmation && !this.cancelled) this.#draft((storage, key) => saveDraft(storage, key, wizard));
  };

  /** The `client` property, else a provided client, else the HTTP client on `api-base-url`. */
  #resolveClient(): LicensePlanApiClient | undefined {
    if (this.client) return this.client;
    if (this.#inherited.value) return this.#inherited.value;
    const url = text(this.apiBaseUrl);
    if (!url) return undefined;
    if (this.#http?.url !== url) this.#http = { url, client: createHttpClient({ baseUrl: url }) };
    return this.#http.client;
  }

  #findConfigError(): string {
    const mode = this.#mode;
    const url = text(this.apiBaseUrl);
    if (!this.#customer)
      return msg('The "customer-id" attribute is required: set it to the id of the customer the plan is for.');
    if (!(MODES as readonly string[]).includes(mode))
      return msg(str`The "mode" attribute must be "new" or "change", not "${mode}".`);
    if (mode === 'change' && !this.#plan)
      return msg('The "plan-id" attribute is required when mode is "change": set it to the plan to change.');
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
    const identity = this.#identity;
    if (identity !== this.#stateIdentity) {
      this.#stateIdentity = identity;
      this.#clear();
    }
    this.#configError = this.purchaser ? this.#findConfigError() : '';
    this.#clientProvider.setValue(this.#resolveClient());
    const requested = this.locale || this.#langLocale || navigator.language;
    if (requested !== this.#requestedLocale) {
      this.#requestedLocale = requested;
      this.#fmt = useLocale(requested, !!this.locale);
    }
    const { wizard } = this;
    const ctx = this.#loadTask.value;
    if (wizard && ctx)
      this.#viewProvider.setValue({
        state: wizard,
        context: ctx,
        product: findProduct(ctx, wizard.draft.productId),
        showPrices: !this.pricingWithheld,
        fmt: this.#fmt,
        check:
          this.#checkTask.render({
            pending,
            error: failed,
            complete: (result) => (result.ok ? { status: 'ok' as const, quote: result.quote ?? null } : IDLE),
          }) ?? IDLE,
        // A refusal per field is shown at the fields instead.
        submit: this.#submitTask.render({ pending, error: (error) => (error instanceof OrderRejectedError ? IDLE : failed(error)) }) ?? IDLE,
      });
  }

  protected override updated() {
    const error = this.#configError;
    if (error && error !== this.#reportedConfigError) fire(this, 'lpw-error', { kind: 'config', message: error });
    this.#reportedConfigError = error;
  }

  /** Tells the host that a call failed, unless it was aborted (the element was removed, or reset). */
  #failed(kind: ErrorKind, error: unknown) {
    if (!isAbort(error)) fire(this, 'lpw-error', { kind, message: message(error) });
  }

  /** The server refused the order with errors per field: they are shown at their fields. */
  #refused(errors: FieldError[]) {
    this.#move(withServerErrors(this.wizard!, errors));
  }

  /** Takes a new wizard state; when the step changed, tells the host and moves focus to the new heading. */
  #move(to: WizardState) {
    const sameStep = to.step === this.wizard!.step;
    this.wizard = to;
    if (sameStep) return this.#afterRender((step) => step.focusErrors());
    this.restored = undefined;
    this.#save();
    this.announcement = stepOf(stepIndex(to) + 1, to.steps.length, to.step);
    fire(this, 'lpw-step-change', { step: to.step });
    const problems = Object.keys(to.problems).length;
    // Review asks the server to check (and price) the order.
    if (to.step === 'review' && !problems) this.#act({ type: 'retry-check' });
    this.#afterRender((step) => (problems && step.focusErrors()) || step.focusHeading());
  }

  async #afterRender(action: (step: StepElement) => unknown) {
    await this.updateComplete;
    const step = this.renderRoot.querySelector<StepElement>('[data-step] > *');
    if (!step) return;
    await step.updateComplete;
    action(step);
  }

  /** The order as the draft stands, with the client to send it with (when there is one). */
  #order(wizard: WizardState, ctx: OrderContext): OrderArgs | undefined {
    const client = this.#resolveClient();
    return client && [client, toOrder(wizard, ctx, this.#customer)];
  }

  #placeOrder(wizard: WizardState, ctx: OrderContext) {
    const order = this.#order(wizard, ctx);
    // One submitOrder per intent: ignore repeats while one is under way or once the order is placed.
    if (!order || this.#submitTask.status === TaskStatus.PENDING || this.confirmation) return;
    const problems = checkStep('review', wizard, ctx);
    if (Object.keys(problems).length) this.#move({ ...wizard, problems });
    else this.#submitTask.run(order);
  }

  #cancel(reason: LpwCancelDetail['reason']) {
    const { step, draft } = this.wizard!;
    const product = findProduct(this.#loadTask.value!, draft.productId);
    this.#dialog?.close();
    this.#checkTask.abort();
    this.#draft(clearDraft);
    this.cancelled = true;
    fire(this, 'lpw-cancel', {
      reason,
      step,
      ...(reason === 'reduce-usage' && product ? { consumerTab: product.consumerTab } : {}),
    });
    this.#focusPanel();
  }

  /** Focus on the heading of the panel that replaced the wizard (placed, cancelled). */
  async #focusPanel() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#done')?.focus();
  }

  get #dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  #onIntent(e: CustomEvent<Intent>) {
    e.stopPropagation();
    this.#act(e.detail);
  }

  /** Carries out an intent on the latest state (never on a state captured by an older render). */
  #act(intent: Intent) {
    const { wizard } = this;
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
      case 'retry-check': {
        const order = this.#order(wizard, ctx);
        if (order) this.#checkTask.run(order);
        return;
      }
      case 'place-order':
        return this.#placeOrder(wizard, ctx);
    }
  }

  /** Enter in a text field takes Next (on Review: Place order), as in a form. */
  #onKeydown(e: KeyboardEvent) {
    const target = e.composedPath()[0] as HTMLInputElement;
    if (e.key === 'Enter' && target.localName === 'input' && target.type !== 'radio' && target.type !== 'checkbox') {
      e.preventDefault();
      this.#act({ type: this.wizard?.step === 'review' ? 'place-order' : 'next' });
    }
  }

  #onCancelClick() {
    if (this.wizard?.dirty) this.#dialog?.showModal();
    else this.#cancel('user');
  }

  protected override render() {
    return html`<div part="base" @lpw-intent=${this.#onIntent} @keydown=${this.#onKeydown}>${this.#renderBody()}</div>`;
  }

  #panel(heading: string, body: unknown, role?: 'alert') {
    return html`<section part="panel" role=${role ?? nothing}>
      <h2 id="done" tabindex="-1" part="heading">${heading}</h2>
      ${body}
    </section>`;
  }

  #renderBody() {
    if (!this.purchaser) {
      const contact = text(this.contactEmail) || 'bizops@pexip.com';
      return this.#panel(
        msg('Purchaser privileges required'),
        html`<p>
          ${msg(
            'Pricing and ordering of license plans are available only to users with Purchaser privileges. They are not assigned by default. To request them, email',
          )}
          <a href="mailto:${contact}">${contact}</a>.
        </p>`,
      );
    }
    if (this.#configError)
      return this.#panel(msg('The order wizard is not set up correctly'), html`<p>${this.#configError}</p>`, 'alert');
    const c = this.confirmation;
    if (c) {
      const fmt = this.#fmt;
      return this.#panel(
        msg('Order placed'),
        html`<p>${msg('Order number:')} <strong>${c.orderId}</strong></p>
          <p>${msg('A confirmation email has been sent to')} <strong>${c.confirmationEmail}</strong>.</p>
          <p>${msg(str`The plan is in effect from ${fmt.date(c.effectiveDate)}.`)}</p>
          ${secondary(msg('Start another order'), this.reset)}`,
      );
    }
    if (this.cancelled)
      return this.#panel(msg('Order cancelled'), html`<p>${msg('Nothing was ordered.')}</p> ${secondary(msg('Start a new order'), this.reset)}`);
    return this.#loadTask.render({
      pending: () => html`<p role="status" part="panel">${msg('Loading the order details…')}</p>`,
      error: (error) =>
        this.#panel(
          msg('The order details could not be loaded'),
          html`<p>${message(error)}</p> ${secondary(msg('Try again'), () => this.#loadTask.run())}`,
          'alert',
        ),
      complete: (ctx) => (this.wizard ? this.#renderWizard(this.wizard, ctx) : nothing),
    });
  }

  #renderWizard(wizard: WizardState, ctx: OrderContext) {
    const { step, returnToReview } = wizard;
    const { restored } = this;
    const onReview = step === 'review';
    const submitting = this.#submitTask.status === TaskStatus.PENDING;
    return html`<lpw-breadcrumb exportparts="breadcrumb, item, current"></lpw-breadcrumb>
      <div class="vh" role="status">${this.announcement}</div>
      ${restored
        ? html`<div class="note" role="status" part="restored">
            <p>${msg('Your unfinished order was restored.')}</p>
            ${restored.length
              ? html`<p>${msg('Some of it no longer fits and was changed:')}</p>
                  <ul>
                    ${restored.map((change) => html`<li>${restoreText(change.code)}</li>`)}
                  </ul>`
              : nothing}
            ${secondary(msg('Start over'), this.reset)}
          </div>`
        : nothing}
      <section part="panel" data-step>${STEP_TEMPLATES[step]}</section>
      <div class="actions" part="actions">
        ${stepIndex(wizard) > 0 && !returnToReview ? secondary(msg('Back'), () => this.#act({ type: 'back' })) : nothing}
        ${secondary(msg('Cancel'), this.#onCancelClick)}
        <span class="end">
          <button
            type="button"
            class="primary"
            part="primary-button"
            ?disabled=${onReview && wizard.mode === 'change' && !hasChanges(wizard, ctx)}
            aria-disabled=${onReview && submitting ? 'true' : nothing}
            @click=${() => this.#act({ type: onReview ? 'place-order' : 'next' })}
          >
            ${onReview ? msg('Place order') : returnToReview ? msg('Back to review') : msg('Next')}
          </button>
        </span>
      </div>
      ${submitting ? html`<p role="status">${msg('Placing the order…')}</p>` : nothing}
      <dialog aria-labelledby="cancel-title">
        <h2 id="cancel-title">${msg('Cancel this order?')}</h2>
        <p>${msg('The choices you made will be lost.')}</p>
        <div class="actions">
          ${secondary(msg('Keep editing'), () => this.#dialog?.close())}
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
