import { html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { afterNextFrame, nextTask } from '../../scheduling.js';
import { back, edit, hasChanges, next, toOrder, withServerErrors, type WizardState } from '../../model/draft.js';
import { findProduct, stepsFor } from '../../model/rules.js';
import type { OrderContext, StepId } from '../../model/schemas.js';
import { draftKey } from '../../model/persist.js';
import { LocaleController } from '../../localization/locale-controller.js';
import { configProblemText, problemList, setupProblemText } from '../../localization/messages.js';
import { wizardContext, type Intent, type WizardView } from '../context.js';
import { ClientController } from './client-controller.js';
import { DraftStoreController } from './draft-store-controller.js';
import { FocusController } from './focus-controller.js';
import { LeaveConfirmation } from './leave-confirmation.js';
import { StatusRegion } from './status-region.js';
import type { OrderArgs } from './order-delegate.js';
import { LazyOrderController } from './lazy-order-controller.js';
import type { LpwCancelDetail, LpwProblem } from './events.js';
import { reportFailure, SetupProblemReport } from './report-failure.js';
import { requestLaterSteps } from '../lazy-steps.js';
import { laterStepsPlaceholder } from '../lazy-step-placeholder.js';
import { ContextLoader } from './context-loader.js';
import { OrderStart, type OrderStarted } from './order-start.js';
import { OrderProgress } from './order-progress.js';
import { DEFAULT_CONTACT_EMAIL, WizardAttributes, text } from './wizard-attributes.js';
import * as panels from './panels.js';
import { confirmationPanel } from './confirmation.js';
import { wizardStyles } from './styles.js';

/** Carries out one kind of intent on the order as it stands. */
type IntentHandler<I extends Intent> = (intent: I, wizard: WizardState, context: OrderContext) => void;

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

  #clients = new ClientController(this);
  #locale = new LocaleController(this);
  #focus = new FocusController(this);
  #leaving = new LeaveConfirmation(this);
  #status = new StatusRegion(this);
  #drafts: DraftStoreController = new DraftStoreController(this, {
    enabled: () => !this.noPersist && this.#clients.ready,
    key: () => draftKey(this.orderIdentity),
    savable: () => (this.#progress.open ? this.#progress.wizard : undefined),
  });
  #orders = new LazyOrderController(this, {
    order: () => this.#orderArgs(),
    pricesShown: () => !this.pricingWithheld,
    reviewOpen: () => this.#progress.open && this.#progress.wizard?.step === 'review',
    callOptions: (signal) => this.#callOptions(signal),
    refused: (errors) => this.#progress.move(withServerErrors(this.#progress.wizard!, errors), { vetoable: false }),
    placed: (placed) => this.#progress.placed(placed),
    failed: (kind, error, submit) => reportFailure(this, this.#locale, kind, error, submit),
    planChanged: () => this.#reloadChangedPlan(),
    unconfirm: () => this.#progress.unconfirm(),
    notice: (text) => this.#status.notice(text),
    formatters: () => this.#locale.fmt,
  });
  #contexts = new ContextLoader(this, {
    source: () => ({ client: this.#clients.ready ? this.#clients.client : undefined, identity: this.orderIdentity }),
    callOptions: (signal) => this.#callOptions(signal),
    locale: this.#locale,
    loaded: (context) => this.#starts.start(context, this.#progress.wizard?.step),
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
  #progress: OrderProgress = new OrderProgress(this, {
    status: this.#status,
    focus: this.#focus,
    drafts: this.#drafts,
    orders: this.#orders,
  });
  #viewProvider = new ContextProvider(this, { context: wizardContext });
  #setupReport = new SetupProblemReport(this, this.#locale);
  /** An edit asked for the next update (see scheduleUpdate); the update that renders it clears it. */
  #editToRender = false;

  /** How the client calls run: the task's signal, the time limit, and the locale for text the server writes. */
  #callOptions(signal: AbortSignal) {
    return { signal, timeoutMs: this.requestTimeout, locale: this.#locale.requested || undefined };
  }

  /** The current step. */
  get step(): StepId {
    return this.#progress.wizard?.step ?? stepsFor(this.orderIdentity.mode)[0];
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
    return this.#progress.goBackTo(step, { vetoable: false });
  }

  /** Runs the current step's checks, shows their problems at their fields, and returns them. */
  validate(): LpwProblem[] {
    const context = this.#contexts.value;
    if (!context) return [];
    const problems = this.#progress.checkStep(context);
    return this.#locale.text(() => problemList(problems, this.#locale.fmt));
  }

  /** The order started (see OrderStart). Landing on Review checks the order at once. */
  #begin(started: OrderStarted) {
    this.#progress.begin(started);
    const { state, context } = started;
    if (state.step === 'review') this.#orders.check(this.#orderArgs(state, context));
  }

  /** submitOrder said the plan was changed by someone else: reload it and carry the draft over. */
  #reloadChangedPlan() {
    this.#starts.carry(this.#progress.wizard?.draft);
    this.#contexts.reload();
  }

  /** Drops the order in progress. */
  #clearOrder() {
    this.#starts.clear();
    this.#progress.clear();
  }

  /**
   * Two updates wait, so that the task that asks for them stays short:
   * - the first waits for the next task: evaluating the bundle (which defines the element and
   *   upgrades it) and the first render are then two tasks;
   * - the one after an edit waits until the next frame is drawn: that frame shows what was typed (or
   *   checked) with only the key's own task before it, and the render of what follows from the edit
   *   (an error that goes, the summary) comes in the frame after. The order's state itself changes at
   *   once, so an intent right after the edit (Enter, Next) acts on the edited order.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await nextTask();
    if (this.#editToRender) await afterNextFrame();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.#editToRender = false;
    // Another customer, mode or plan is another order: the old one's state goes, and the load task
    // (whose arguments are these same values) fetches the new context.
    if (this.namesAnotherOrder(changed)) this.#clearOrder();
    this.#clients.resolve({
      own: this.client,
      apiBaseUrl: text(this.apiBaseUrl),
      identity: this.orderIdentity,
      requestTimeout: this.requestTimeout,
      purchaser: this.purchaser,
    });
    this.#locale.request(text(this.locale), text(this.localesUrl));
    // A change order starts on Quantity, which comes with the later steps: they load beside the context.
    if (this.#clients.ready && this.orderIdentity.mode === 'change') requestLaterSteps();
    this.#provideView();
  }

  #provideView() {
    const { wizard } = this.#progress;
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
    this.#setupReport.report(this.#clients.configProblem ?? this.#progress.prefillProblem);
  }

  /** The order as the draft stands (as validateOrder takes it), with the client to send it with (when there is one). */
  #orderArgs(wizard = this.#progress.wizard, context = this.#contexts.value): OrderArgs | undefined {
    const client = this.#clients.client;
    if (!client || !wizard || !context) return undefined;
    return [client, toOrder(wizard, context, this.orderIdentity.customerId)];
  }

  #cancel(reason: LpwCancelDetail['reason']) {
    const product = findProduct(this.#contexts.value!, this.#progress.wizard!.draft.productId);
    this.#progress.cancel(reason, reason === 'reduce-usage' ? product?.consumerTab : undefined);
  }

  #onIntent(e: CustomEvent<Intent>) {
    e.stopPropagation();
    this.#act(e.detail);
  }

  /** Carries out an intent on the latest state (never on a state captured by an older render). */
  #act(intent: Intent) {
    const { wizard } = this.#progress;
    const context = this.#contexts.value;
    if (!wizard || !context) return;
    // While the outcome is unknown the server may hold the order as it was sent: a changed order under
    // the same idempotency key would be answered with the first one's confirmation. It stays as sent
    // until Try again (or Place order, which resends it) settles the outcome, or the user starts over.
    if (CHANGES_THE_ORDER.has(intent.type) && this.#orders.holdsChanges()) return;
    const handle = this.#intentHandlers[intent.type] as IntentHandler<Intent>;
    handle(intent, wizard, context);
  }

  /** What each intent does; an intent without a handler does not compile. */
  #intentHandlers: { [T in Intent['type']]: IntentHandler<Extract<Intent, { type: T }>> } = {
    edit: ({ patch }, wizard, context) => {
      this.#editToRender = true;
      this.#progress.set(edit(wizard, context, patch));
    },
    next: (_, wizard, context) => this.#progress.move(next(wizard, context)),
    back: (_, wizard) => this.#progress.move(back(wizard)),
    go: ({ step }) => this.#progress.goBackTo(step, { vetoable: true }),
    'reduce-usage': () => this.#cancel('reduce-usage'),
    'retry-check': () => this.#orders.check(),
    'retry-submit': () => this.#orders.resend(),
    'place-order': (_intent, _wizard, context) => this.#progress.placeOrder(context),
  };

  /** Enter in a text field takes Next (on Review: Place order), as in a form. */
  #onKeydown(e: KeyboardEvent) {
    const target = e.composedPath()[0] as HTMLInputElement;
    const isTextField = target.localName === 'input' && target.type !== 'radio' && target.type !== 'checkbox';
    if (e.key !== 'Enter' || !isTextField) return;
    e.preventDefault();
    this.#act({ type: this.#progress.wizard?.step === 'review' ? 'place-order' : 'next' });
  }

  protected override render() {
    return html`<div part="base" @lpw-intent=${this.#onIntent} @keydown=${this.#onKeydown}>
      ${this.#status.render(this.#progress.wizard?.steps)} ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    if (!this.purchaser) return panels.purchaserRequiredPanel(text(this.contactEmail) || DEFAULT_CONTACT_EMAIL);
    if (this.#clients.configProblem) return panels.configErrorPanel(configProblemText(this.#clients.configProblem));
    const { confirmation, cancelled, prefillProblem, wizard } = this.#progress;
    if (confirmation) return confirmationPanel(confirmation, this.#viewProvider.value, () => this.reset());
    if (cancelled) return panels.cancelledPanel(() => this.reset(), this.#orders.leaveWarning);
    return this.#contexts.render({
      pending: () => panels.loadingPanel(),
      error: (error) =>
        panels.loadErrorPanel(error, () => {
          this.#contexts.reload();
        }),
      complete: (context) => {
        if (prefillProblem) return panels.configErrorPanel(setupProblemText(prefillProblem));
        if (wizard) return this.#renderWizard(wizard, context);
        // A draft is being brought back: the loading state until the later steps' chunk is in.
        return this.#starts.waiting ? laterStepsPlaceholder() : nothing;
      },
    });
  }

  #renderWizard(wizard: WizardState, context: OrderContext) {
    const onReview = wizard.step === 'review';
    const { restored, planChanged } = this.#progress;
    const outcomeUnknown = () => this.#orders.outcomeUnknown;
    return panels.stepLayout({
      wizard,
      nothingToPlace: wizard.mode === 'change' && !hasChanges(wizard, context),
      placing: this.#orders.submitting,
      notReady: onReview && !this.#orders.submitting ? this.#orders.notReadyText() : undefined,
      restored: restored && {
        changes: restored,
        // Start over while the order may exist asks first.
        startOver: () => this.#leaving.leave(() => this.reset(), { ask: outcomeUnknown() }),
        planChanged,
      },
      act: (type) => this.#act({ type }),
      // Cancel of a changed order asks first.
      cancel: () => this.#leaving.leave(() => this.#cancel('user'), { ask: wizard.dirty || outcomeUnknown() }),
      dialog: this.#leaving.render(this.#orders.leaveWarning),
    });
  }
}
