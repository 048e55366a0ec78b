import { html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { nextTask } from '../../scheduling.js';
import { back, checkStep, edit, goTo, hasChanges, next, toOrder, withServerErrors, type WizardState } from '../../model/draft.js';
import { findProduct, stepsFor } from '../../model/rules.js';
import type { OrderConfirmation, OrderContext, StepId } from '../../model/schemas.js';
import { draftKey } from '../../model/persist.js';
import type { RestoreChange } from '../../model/restore.js';
import type { ConfigProblem, PrefillProblem } from '../../model/config.js';
import { LocaleController } from '../../localization/locale-controller.js';
import { configProblemText, problemList, setupProblemText } from '../../localization/messages.js';
import { wizardContext, type Intent, type WizardView } from '../context.js';
import { ClientController } from './client-controller.js';
import { DraftStoreController } from './draft-store-controller.js';
import { FocusController } from './focus-controller.js';
import { LeaveConfirmation } from './leave-confirmation.js';
import { StatusRegion } from './status-region.js';
import type { OrderArgs, PlacedOrder } from './order-delegate.js';
import { LazyOrderController } from './lazy-order-controller.js';
import { fire, type LpwCancelDetail, type LpwProblem } from './events.js';
import { reportFailure } from './report-failure.js';
import { requestLaterSteps } from '../lazy-steps.js';
import { laterStepsPlaceholder } from '../lazy-step-placeholder.js';
import { ContextLoader } from './context-loader.js';
import { OrderStart, type OrderStarted } from './order-start.js';
import { DEFAULT_CONTACT_EMAIL, WizardAttributes, text } from './wizard-attributes.js';
import * as panels from './panels.js';
import { confirmationPanel } from './confirmation.js';
import { wizardStyles } from './styles.js';

/** Intents that change the order or leave Review. */
const CHANGES_THE_ORDER: ReadonlySet<Intent['type']> = new Set(['edit', 'next', 'back', 'go']);

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
 * Host pages steer it with the cancelable `lpw-before-step-change` event, the `product-id` and
 * `quantity` attributes (what a new order starts with) and the `goTo()`, `validate()` and `reset()`
 * methods. Each wizard shows its own language (`locale`, else the nearest `lang`). The standalone
 * bundle loads its translations from `locales/` beside itself, or from `locales-url`:
 *
 * ```html
 * <script type="module" src="/cdn/lpw.3f9a.js"></script>
 * <license-plan-wizard customer-id="acme" purchaser locale="de" locales-url="/cdn/lpw-locales/"></license-plan-wizard>
 * ```
 *
 * @fires {CustomEvent<LpwBeforeStepChangeDetail>} lpw-before-step-change - A move to another step is about to happen (Next, Back, the breadcrumb, Edit on Review, Back to review); `preventDefault()` keeps the user where they are.
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
 * @csspart order-summary - The running order summary beside the step (its `summary` part).
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
export class LicensePlanWizard extends WizardAttributes {
  static override styles = wizardStyles;

  static override properties = {
    wizard: { state: true },
    confirmation: { state: true },
    cancelled: { state: true },
    restored: { state: true },
    planChanged: { state: true },
  };

  /** @internal The order in progress. */
  private wizard?: WizardState;
  /** @internal The server's confirmation of the placed order. */
  private confirmation?: OrderConfirmation;
  /** @internal The user cancelled the order. */
  private cancelled?: boolean;
  /** @internal Set when the draft came back from sessionStorage: what no longer fit the fresh context. */
  private restored?: RestoreChange[];
  /** @internal The plan was changed by someone else: the restored note says so. */
  private planChanged?: boolean;

  #clients = new ClientController(this);
  #locale = new LocaleController(this);
  #focus = new FocusController(this);
  #leaving = new LeaveConfirmation(this);
  #status = new StatusRegion(this);
  #drafts = new DraftStoreController(this, {
    enabled: () => !this.noPersist && this.#ready,
    key: () => draftKey(this.orderIdentity),
    savable: () => (this.confirmation || this.cancelled ? undefined : this.wizard),
  });
  #orders = new LazyOrderController(this, {
    order: () => this.#orderArgs(),
    pricesShown: () => !this.pricingWithheld,
    reviewOpen: () => this.wizard?.step === 'review' && !this.confirmation && !this.cancelled,
    callOptions: (signal) => this.#callOptions(signal),
    refused: (errors) => this.#move(withServerErrors(this.wizard!, errors), { vetoable: false }),
    placed: (placed) => this.#onPlaced(placed),
    failed: (kind, error, submit) => reportFailure(this, this.#locale, kind, error, submit),
    planChanged: () => this.#reloadChangedPlan(),
    unconfirm: () => this.#unconfirm(),
    notice: (text) => this.#status.notice(text),
    formatters: () => this.#locale.fmt,
  });
  #contexts = new ContextLoader(this, {
    source: () => ({ client: this.#ready ? this.#clients.client : undefined, identity: this.orderIdentity }),
    callOptions: (signal) => this.#callOptions(signal),
    locale: this.#locale,
    loaded: (context) => this.#starts.start(context, this.wizard?.step),
    failed: (error) => reportFailure(this, this.#locale, 'load', error),
  });
  #starts = new OrderStart({
    request: () => ({
      mode: this.orderIdentity.mode,
      prefill: { productId: text(this.productId), quantity: text(this.quantity) },
    }),
    storedDraft: () => this.#drafts.load(),
    started: (started) => this.#begin(started),
  });
  #viewProvider = new ContextProvider(this, { context: wizardContext });
  /** What the host asked the order to start with that the loaded context does not offer. */
  #prefillProblem: PrefillProblem | null = null;
  /** The configuration problem last reported through `lpw-error`, so each is reported once. */
  #reportedConfigProblem: ConfigProblem | PrefillProblem | null = null;

  /** The first mistake in the configuration; none is reported to a user without Purchaser privileges. */
  get #configProblem() {
    return this.purchaser ? this.#clients.configProblem : null;
  }

  /** A purchaser with a usable configuration: the wizard may load, check and order. */
  get #ready() {
    return this.purchaser && !this.#configProblem;
  }

  /** How the client calls run: the task's signal, the time limit, and the locale for text the server writes. */
  #callOptions(signal: AbortSignal) {
    return { signal, timeoutMs: this.requestTimeout, locale: this.#locale.requested || undefined };
  }

  /** The current step. */
  get step(): StepId {
    return this.wizard?.step ?? stepsFor(this.orderIdentity.mode)[0];
  }

  /** Starts over: a fresh context load, an empty draft and a new idempotency key. */
  reset() {
    this.#drafts.clear();
    this.#orders.forget();
    this.#clearOrder();
    this.#starts.announceNext();
    this.#contexts.reload();
  }

  /**
   * Opens `step` as the breadcrumb would: only a step before the current one that the user has
   * completed. Returns whether it moved. It is the host's own move, so no `lpw-before-step-change`.
   */
  goTo(step: StepId): boolean {
    const { wizard } = this;
    if (!wizard) return false;
    const moved = goTo(wizard, step);
    if (moved === wizard) return false;
    this.#move(moved, { vetoable: false });
    return true;
  }

  /** Runs the current step's checks, shows their problems at their fields, and returns them. */
  validate(): LpwProblem[] {
    const { wizard } = this;
    const context = this.#contexts.value;
    if (!wizard || !context) return [];
    const problems = checkStep(wizard.step, wizard, context);
    this.wizard = { ...wizard, problems };
    return this.#locale.text(() => problemList(problems, this.#locale.fmt));
  }

  /** The order started (see OrderStart). Landing on Review checks the order at once. */
  #begin({ state, context, prefillProblem, changes, carried, announce }: OrderStarted) {
    this.#prefillProblem = prefillProblem;
    this.wizard = state;
    this.restored = changes;
    this.planChanged = carried;
    if (announce) {
      this.#status.step(state.step);
      fire(this, 'lpw-step-change', { step: state.step });
    }
    if (carried) this.#orders.announcePlanChanged();
    if (state.step === 'review') this.#orders.check(this.#orderArgs(state, context));
  }

  #onPlaced(placed: PlacedOrder) {
    this.#drafts.clear();
    this.confirmation = placed.confirmation;
    fire(this, 'lpw-order-placed', placed);
    this.#focus.request('panel');
  }

  /** submitOrder said the plan was changed by someone else: reload it and carry the draft over. */
  #reloadChangedPlan() {
    this.#starts.carry(this.wizard?.draft);
    this.#contexts.reload();
  }

  /** A re-check of the same order priced it differently: the user authorizes again. */
  #unconfirm() {
    const { wizard } = this;
    if (wizard) this.wizard = { ...wizard, draft: { ...wizard.draft, purchaserConfirmed: false } };
  }

  /** Drops the order in progress. */
  #clearOrder() {
    this.wizard = undefined;
    this.confirmation = undefined;
    this.restored = undefined;
    this.cancelled = undefined;
    this.#prefillProblem = null;
    this.#starts.clear();
    this.#status.clear();
    this.planChanged = undefined;
  }

  /**
   * The first update waits for the next task: evaluating the bundle (which defines the element and
   * upgrades it) and the first render are then two tasks, neither of them long.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await nextTask();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Another customer, mode or plan is another order: the old one's state goes, and the load task
    // (whose arguments are these same values) fetches the new context.
    if (this.namesAnotherOrder(changed)) this.#clearOrder();
    this.#clients.resolve({
      own: this.client,
      apiBaseUrl: text(this.apiBaseUrl),
      identity: this.orderIdentity,
      requestTimeout: this.requestTimeout,
    });
    this.#locale.request(text(this.locale), text(this.localesUrl));
    // A change order starts on Quantity, which comes with the later steps: they load beside the context.
    if (this.#ready && this.orderIdentity.mode === 'change') requestLaterSteps();
    this.#provideView();
  }

  #provideView() {
    const { wizard } = this;
    const context = this.#contexts.value;
    if (!wizard || !context) return;
    const view: WizardView = {
      state: wizard,
      context,
      product: findProduct(context, wizard.draft.productId),
      showPrices: !this.pricingWithheld,
      fmt: this.#locale.fmt,
      catalogue: this.#locale.catalogue,
      check: this.#orders.checkView,
      submit: this.#orders.submitView,
      priceWas: this.#orders.priceWas,
    };
    this.#viewProvider.setValue(view);
  }

  protected override updated() {
    const problem = this.#configProblem ?? this.#prefillProblem;
    if (problem && JSON.stringify(problem) !== JSON.stringify(this.#reportedConfigProblem)) {
      fire(this, 'lpw-error', { kind: 'config', message: this.#locale.text(() => setupProblemText(problem)) });
    }
    this.#reportedConfigProblem = problem;
  }

  /**
   * Takes a new wizard state; when the step changed, tells the host and moves focus to the new heading.
   * A user's move to another step is first offered to the host, who may cancel it
   * (`lpw-before-step-change`): then nothing changes, focus included.
   */
  #move(to: WizardState, { vetoable } = { vetoable: true }) {
    const from = this.wizard!;
    if (vetoable && to.step !== from.step && !fire(this, 'lpw-before-step-change', { from: from.step, to: to.step })) return;
    this.wizard = to;
    if (to.step === from.step) {
      this.#focus.request('errors');
      return;
    }
    this.restored = undefined;
    if (from.step === 'review') this.#orders.abortCheck();
    this.#drafts.save();
    this.#status.step(to.step);
    fire(this, 'lpw-step-change', { step: to.step });
    const hasProblems = Object.keys(to.problems).length > 0;
    // Review asks the server to check (and price) the order.
    if (to.step === 'review' && !hasProblems) this.#orders.check();
    this.#focus.request(hasProblems ? 'errors-or-heading' : 'heading');
  }

  /** The order as the draft stands (as validateOrder takes it), with the client to send it with (when there is one). */
  #orderArgs(wizard = this.wizard, context = this.#contexts.value): OrderArgs | undefined {
    const client = this.#clients.client;
    if (!client || !wizard || !context) return undefined;
    return [client, toOrder(wizard, context, this.orderIdentity.customerId)];
  }

  /** Place order: the review step's own checks first (the authorization box); the order controller decides the rest. */
  #placeOrder(wizard: WizardState, context: OrderContext) {
    // Once placed, or while placing, a press does nothing: one submitOrder per order.
    if (this.confirmation || this.#orders.submitting) return;
    // While the outcome is unknown, Place order resends the order as it was sent (see OrderController.place).
    const problems = this.#orders.outcomeUnknown ? {} : checkStep('review', wizard, context);
    if (Object.keys(problems).length) {
      this.#move({ ...wizard, problems });
      return;
    }
    this.#orders.place();
  }

  #cancel(reason: LpwCancelDetail['reason']) {
    const { step, draft } = this.wizard!;
    const product = findProduct(this.#contexts.value!, draft.productId);
    this.#orders.abortCheck();
    this.#drafts.clear();
    this.cancelled = true;
    const consumerTab = reason === 'reduce-usage' ? product?.consumerTab : undefined;
    fire(this, 'lpw-cancel', { reason, step, ...(consumerTab ? { consumerTab } : {}) });
    this.#focus.request('panel');
  }

  #onIntent(e: CustomEvent<Intent>) {
    e.stopPropagation();
    this.#act(e.detail);
  }

  /** Carries out an intent on the latest state (never on a state captured by an older render). */
  #act(intent: Intent) {
    const { wizard } = this;
    const context = this.#contexts.value;
    if (!wizard || !context) return;
    // While the outcome is unknown the server may hold the order as it was sent: a changed order under
    // the same idempotency key would be answered with the first one's confirmation. It stays as sent
    // until Try again (or Place order, which resends it) settles the outcome, or the user starts over.
    if (CHANGES_THE_ORDER.has(intent.type) && this.#orders.holdsChanges()) return;
    switch (intent.type) {
      case 'edit':
        this.wizard = edit(wizard, context, intent.patch);
        return;
      case 'next':
        this.#move(next(wizard, context));
        return;
      case 'back':
        this.#move(back(wizard));
        return;
      case 'go':
        this.#move(goTo(wizard, intent.step));
        return;
      case 'reduce-usage':
        this.#cancel('reduce-usage');
        return;
      case 'retry-check':
        this.#orders.check();
        return;
      case 'retry-submit':
        this.#orders.resend();
        return;
      case 'place-order':
        this.#placeOrder(wizard, context);
        return;
    }
  }

  /** Enter in a text field takes Next (on Review: Place order), as in a form. */
  #onKeydown(e: KeyboardEvent) {
    const target = e.composedPath()[0] as HTMLInputElement;
    const isTextField = target.localName === 'input' && target.type !== 'radio' && target.type !== 'checkbox';
    if (e.key !== 'Enter' || !isTextField) return;
    e.preventDefault();
    this.#act({ type: this.wizard?.step === 'review' ? 'place-order' : 'next' });
  }

  protected override render() {
    return html`<div part="base" @lpw-intent=${this.#onIntent} @keydown=${this.#onKeydown}>
      ${this.#status.render(this.wizard?.steps)} ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    if (!this.purchaser) return panels.purchaserRequiredPanel(text(this.contactEmail) || DEFAULT_CONTACT_EMAIL);
    if (this.#configProblem) return panels.configErrorPanel(configProblemText(this.#configProblem));
    if (this.confirmation) return confirmationPanel(this.confirmation, this.#viewProvider.value, () => this.reset());
    if (this.cancelled) return panels.cancelledPanel(() => this.reset(), this.#orders.leaveWarning);
    return this.#contexts.render({
      pending: () => panels.loadingPanel(),
      error: (error) =>
        panels.loadErrorPanel(error, () => {
          this.#contexts.reload();
        }),
      complete: (context) => {
        if (this.#prefillProblem) return panels.configErrorPanel(setupProblemText(this.#prefillProblem));
        if (this.wizard) return this.#renderWizard(this.wizard, context);
        // A draft is being brought back: the loading state until the later steps' chunk is in.
        return this.#starts.waiting ? laterStepsPlaceholder() : nothing;
      },
    });
  }

  #renderWizard(wizard: WizardState, context: OrderContext) {
    const onReview = wizard.step === 'review';
    const outcomeUnknown = () => this.#orders.outcomeUnknown;
    return panels.stepLayout({
      wizard,
      nothingToPlace: wizard.mode === 'change' && !hasChanges(wizard, context),
      placing: this.#orders.submitting,
      notReady: onReview && !this.#orders.submitting ? this.#orders.notReadyText() : undefined,
      restored: this.restored && {
        changes: this.restored,
        // Start over while the order may exist asks first.
        startOver: () => this.#leaving.leave(() => this.reset(), { ask: outcomeUnknown() }),
        planChanged: Boolean(this.planChanged),
      },
      act: (type) => this.#act({ type }),
      // Cancel of a changed order asks first.
      cancel: () => this.#leaving.leave(() => this.#cancel('user'), { ask: Boolean(this.wizard?.dirty) || outcomeUnknown() }),
      dialog: this.#leaving.render(this.#orders.leaveWarning),
    });
  }
}
