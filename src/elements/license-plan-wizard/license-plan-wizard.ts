import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { Task, initialState } from '@lit/task';
import type { LicensePlanApiClient } from '../../api/client.js';
import { ApiError, isAbortError } from '../../api/errors.js';
import { loadContext } from '../../api/guarded.js';
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
import type { FieldError, Mode, Money, OrderConfirmation, OrderContext, StepId } from '../../model/schemas.js';
import { DRAFT_VERSION, draftKey, restoreDraft, type RestoreChange } from '../../model/persist.js';
import { refusingOversizedContexts } from '../../api/limits.js';
import { withPlanVersion, withQuoteId } from '../../model/order-check.js';
import { LocaleController } from '../../localization/locale-controller.js';
import {
  configProblemText,
  failureText,
  limitProblemText,
  notReadyText,
  orderText,
  problemList,
  setupProblemText,
  stepOf,
  submitFailureText,
  wizardText as t,
  type CallName,
} from '../../localization/messages.js';
import { wizardContext, type Intent, type WizardView } from '../context.js';
import { ClientController } from './client-controller.js';
import {
  findConfigProblem,
  findPrefillProblem,
  withPrefill,
  type ConfigProblem,
  type PrefillProblem,
} from '../../model/config.js';
import { DraftStoreController } from './draft-store-controller.js';
import { fire, type LpwCancelDetail, type LpwProblem } from './events.js';
import { abortTask } from './abort-task.js';
import { FocusController } from './focus-controller.js';
import { OrderController, type OrderArgs } from './order-controller.js';
import type { NotReadyReason, SubmitOutcome } from '../../model/order-check.js';
import * as panels from './panels.js';
import { confirmationPanel } from './confirmation.js';
import { STEP_TEMPLATES } from './step-templates.js';
import { wizardStyles } from './styles.js';

export type {
  ErrorKind,
  LpwBeforeStepChangeDetail,
  LpwCancelDetail,
  LpwProblem,
  LpwErrorDetail,
  LpwEventMap,
  LpwOrderPlacedDetail,
  LpwStepChangeDetail,
} from './events.js';

const DEFAULT_CONTACT_EMAIL = 'bizops@pexip.com';

function newIdempotencyKey(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Intents that change the order or leave Review. */
const CHANGES_THE_ORDER: ReadonlySet<Intent['type']> = new Set(['edit', 'next', 'back', 'go']);

/** An attribute's value as text: a removed attribute makes the property null. */
const text = (value: string | null | undefined) => (value ?? '').trim();

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
export class LicensePlanWizard extends LitElement {
  static override styles = wizardStyles;

  static override properties = {
    customerId: { attribute: 'customer-id', reflect: true },
    mode: { reflect: true },
    planId: { attribute: 'plan-id', reflect: true },
    purchaser: { type: Boolean, reflect: true },
    pricingWithheld: { type: Boolean, attribute: 'pricing-withheld', reflect: true },
    contactEmail: { attribute: 'contact-email' },
    apiBaseUrl: { attribute: 'api-base-url' },
    locale: {},
    localesUrl: { attribute: 'locales-url' },
    productId: { attribute: 'product-id' },
    quantity: {},
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    noPersist: { type: Boolean, attribute: 'no-persist' },
    client: { attribute: false },
    wizard: { state: true },
    confirmation: { state: true },
    cancelled: { state: true },
    announcedStep: { state: true },
    restored: { state: true },
    notice: { state: true },
    planChanged: { state: true },
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
  contactEmail = DEFAULT_CONTACT_EMAIL;

  /** Base URL of the Partner Portal API for the built-in HTTP client. */
  apiBaseUrl = '';

  /** BCP 47 locale for text, numbers, money and dates. Default: the nearest `lang`, then the browser's. */
  locale = '';

  /**
   * The folder the standalone bundle loads its translations (`nb.js`, `de.js`, `fr.js`) from.
   * Default: `locales/` beside the bundle. Relative URLs resolve against the page.
   */
  localesUrl = '';

  /** New mode: the product a new order starts with (the user lands on Product with it chosen). Read when the order starts. */
  productId = '';

  /** New mode: the quantity a new order starts with, checked like typed input. Read when the order starts. */
  quantity = '';

  /** Time limit of each API call, in milliseconds. */
  requestTimeout = 15000;

  /** Do not keep the unfinished order in sessionStorage across reloads. */
  noPersist = false;

  /** The API client. Takes precedence over a provided one and over `api-base-url`. */
  client?: LicensePlanApiClient;

  /** @internal The order in progress. */
  private wizard?: WizardState;
  /** @internal The server's confirmation of the placed order. */
  private confirmation?: OrderConfirmation;
  /** @internal The user cancelled the order. */
  private cancelled?: boolean;
  /** @internal The step the status region announces. */
  private announcedStep?: StepId;
  /** @internal Set when the draft came back from sessionStorage: what no longer fit the fresh context. */
  private restored?: RestoreChange[];
  /** @internal What the status region says instead of the step (written at render, so in the current language). */
  private notice?: () => string;
  /** @internal The plan was changed by someone else: the restored note says so. */
  private planChanged?: boolean;

  #clients = new ClientController(this);
  #locale = new LocaleController(this);
  #focus = new FocusController(this);
  #drafts = new DraftStoreController(this, {
    enabled: () => !this.noPersist && this.#ready,
    key: () => this.#identity,
    savable: () => (this.confirmation || this.cancelled ? undefined : this.wizard),
  });
  #orders = new OrderController(this, {
    callOptions: (signal) => this.#callOptions(signal),
    refused: (errors) => this.#showRefusal(errors),
    placed: (placed) => {
      this.#drafts.clear();
      this.confirmation = placed.confirmation;
      fire(this, 'lpw-order-placed', placed);
      this.#focus.request('panel');
    },
    failed: (kind, error, outcome) => this.#reportFailure(kind, error, outcome),
    conflict: (code) => (code === 'plan-changed' ? this.#reloadChangedPlan() : this.#runCheck('recheck')),
    priceChanged: (now, was) => this.#onPriceChanged(now, was),
    expired: () => this.#onQuoteExpired(),
  });
  #viewProvider = new ContextProvider(this, { context: wizardContext });
  #configProblem: ConfigProblem | null = null;
  /** What the host asked the order to start with that the loaded context does not offer. */
  #prefillProblem: PrefillProblem | null = null;
  /** The configuration problem last reported through `lpw-error`, so each is reported once. */
  #reportedConfigProblem: ConfigProblem | PrefillProblem | null = null;
  /** Which calls were in flight when the element was last disconnected: they run again on reconnect. */
  #interrupted = { load: false, check: false };
  /** The draft to carry into the context being reloaded because someone else changed the plan. */
  #carriedDraft?: WizardState['draft'];
  /** Set by reset(): once the fresh context is in, the first step is announced and reported. */
  #announceFirstStep = false;
  /** What the confirm-to-leave dialog does when the user leaves anyway (cancel, or start over). */
  #leave: () => void = () => this.#cancel('user');

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

  /** A purchaser with a usable configuration: the wizard may load, check and order. */
  get #ready() {
    return this.purchaser && !this.#configProblem;
  }

  /** How the client calls run: the task's signal, the time limit, and the locale for text the server writes. */
  #callOptions(signal: AbortSignal) {
    return { signal, timeoutMs: this.requestTimeout, locale: this.#locale.requested || undefined };
  }

  #loadTask = new Task(this, {
    task: async ([client, customerId, mode, planId], { signal }) => {
      if (!client) return initialState;
      const request = { customerId, mode, ...(mode === 'change' ? { planId } : {}) };
      // A catalogue over the limit (model/limits.ts) is refused before it is parsed or rendered.
      const withinLimits = refusingOversizedContexts(client, (problem) =>
        this.#locale.text(() => limitProblemText(problem, this.#locale.fmt)),
      );
      const context = await loadContext(withinLimits, request, this.#callOptions(signal));
      if (mode === 'change' && !context.plan) throw new Error(this.#locale.text(() => t.noPlanToChange()));
      return context;
    },
    args: () => [this.#ready ? this.#clients.client : undefined, this.#customer, this.#mode, this.#plan] as const,
    onComplete: (context) => this.#start(context),
    onError: (error) => this.#reportFailure('load', error),
  });

  /** The current step. */
  get step(): StepId {
    return this.wizard?.step ?? stepsFor(this.#mode === 'change' ? 'change' : 'new')[0];
  }

  /** Starts over: a fresh context load, an empty draft and a new idempotency key. */
  reset() {
    this.#drafts.clear();
    this.#orders.forget();
    this.#clearOrder();
    this.#announceFirstStep = true;
    void this.#loadTask.run();
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
    const context = this.#loadTask.value;
    if (!wizard || !context) return [];
    const problems = checkStep(wizard.step, wizard, context);
    this.wizard = { ...wizard, problems };
    return this.#locale.text(() => problemList(problems, this.#locale.fmt));
  }

  /**
   * Starts the order in a freshly loaded context: from the draft carried over a plan change, else
   * from a stored draft, else empty. Landing on Review checks the order at once.
   */
  #start(context: OrderContext) {
    const prefill = { productId: text(this.productId), quantity: text(this.quantity) };
    this.#prefillProblem = findPrefillProblem(prefill, this.#mode, context);
    const fresh = withPrefill(startWizard(context, this.#mode, newIdempotencyKey()), context, prefill);
    const carried = this.#carriedDraft;
    this.#carriedDraft = undefined;
    const before = this.wizard?.step;
    const restored = carried
      ? restoreDraft({ v: DRAFT_VERSION, step: 'review', draft: carried }, fresh, context)
      : this.#drafts.restore(fresh, context);
    let state = restored.state;
    if (carried) {
      // The user authorized the order against the old plan: they confirm again.
      state = { ...state, draft: { ...state.draft, purchaserConfirmed: false } };
      this.notice = () => orderText.planChanged();
    }
    this.wizard = state;
    this.restored = restored.changes;
    this.planChanged = Boolean(carried);
    if (this.#announceFirstStep || (carried && before !== state.step)) {
      this.#announceFirstStep = false;
      this.announcedStep = state.step;
      fire(this, 'lpw-step-change', { step: state.step });
    }
    if (state.step === 'review') this.#runCheck('check', state, context);
  }

  /** submitOrder said the plan was changed by someone else: reload it and carry the draft over. */
  #reloadChangedPlan() {
    this.#carriedDraft = this.wizard?.draft;
    void this.#loadTask.run();
  }

  /** A re-check of the same order priced it differently: the user sees both totals and authorizes again. */
  #onPriceChanged(now: Money, was: Money) {
    const { wizard } = this;
    if (wizard) this.wizard = { ...wizard, draft: { ...wizard.draft, purchaserConfirmed: false } };
    this.notice = () => orderText.priceChanged(this.#locale.fmt.money(now), this.#locale.fmt.money(was));
  }

  /** The quote shown on Review ended: check the order again before it can be placed. */
  #onQuoteExpired() {
    const onReview = this.wizard?.step === 'review';
    if (onReview && !this.confirmation && !this.cancelled && !this.#orders.submitting) this.#runCheck('recheck');
  }

  /** Drops the order in progress. */
  #clearOrder() {
    this.wizard = undefined;
    this.confirmation = undefined;
    this.restored = undefined;
    this.cancelled = undefined;
    this.#prefillProblem = null;
    this.announcedStep = undefined;
    this.notice = undefined;
    this.planChanged = undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    const { load, check } = this.#interrupted;
    this.#interrupted = { load: false, check: false };
    if (load) void this.#loadTask.run();
    if (check) this.#runCheck('check');
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Whatever answers after the element left is ignored: every call in flight is aborted.
    const load = abortTask(this.#loadTask);
    const { checkWasInFlight } = this.#orders.abort();
    this.#interrupted = { load, check: checkWasInFlight };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Another customer, mode or plan is another order: the old one's state goes, and the load task
    // (whose arguments are these same values) fetches the new context.
    if (changed.has('customerId') || changed.has('mode') || changed.has('planId')) {
      if (this.#identityBefore(changed) !== this.#identity) this.#clearOrder();
    }
    const client = this.#clients.resolve(this.client, text(this.apiBaseUrl));
    this.#configProblem = this.purchaser
      ? findConfigProblem({
          customerId: this.#customer,
          mode: this.#mode,
          planId: this.#plan,
          apiBaseUrl: text(this.apiBaseUrl),
          baseUri: document.baseURI,
          requestTimeout: this.requestTimeout,
          hasOwnClient: this.#clients.hasClientWithoutUrl(this.client),
          hasClient: Boolean(client),
        })
      : null;
    this.#locale.request(text(this.locale), text(this.localesUrl));
    this.#provideView();
  }

  /** The order's identity as it was before the changes of this update. */
  #identityBefore(changed: PropertyValues<this>) {
    const before = (key: 'customerId' | 'mode' | 'planId') => text(changed.has(key) ? changed.get(key) : this[key]);
    return draftKey({ customerId: before('customerId'), mode: before('mode') || 'new', planId: before('planId') });
  }

  #provideView() {
    const { wizard } = this;
    const context = this.#loadTask.value;
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
   * Tells the host that a call failed, unless it was aborted (the element was removed, or reset).
   * A submit failure also says whether the order may exist.
   */
  #reportFailure(kind: CallName, error: unknown, submit?: SubmitOutcome) {
    if (isAbortError(error)) return;
    const status = error instanceof ApiError ? error.status : undefined;
    const statusPart = status === undefined ? {} : { status };
    if (!submit) {
      fire(this, 'lpw-error', { kind, message: this.#locale.text(() => failureText(error)), ...statusPart });
      return;
    }
    const outcome = submit.outcome === 'unknown' ? 'unknown' : 'not-placed';
    const message = this.#locale.text(() =>
      submit.outcome === 'conflict' ? failureText(error) : submitFailureText(outcome, error),
    );
    fire(this, 'lpw-error', { kind, message, outcome, ...statusPart });
  }

  /** The server refused the order with errors per field: they are shown at their fields. */
  #showRefusal(errors: FieldError[]) {
    this.#move(withServerErrors(this.wizard!, errors), { vetoable: false });
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
    this.notice = undefined;
    if (from.step === 'review') this.#orders.abortCheck();
    this.#drafts.save();
    this.announcedStep = to.step;
    fire(this, 'lpw-step-change', { step: to.step });
    const hasProblems = Object.keys(to.problems).length > 0;
    // Review asks the server to check (and price) the order.
    if (to.step === 'review' && !hasProblems) this.#runCheck('check');
    this.#focus.request(hasProblems ? 'errors-or-heading' : 'heading');
  }

  /** The order as the draft stands (as validateOrder takes it), with the client to send it with (when there is one). */
  #orderArgs(wizard: WizardState, context: OrderContext): OrderArgs | undefined {
    const client = this.#clients.client;
    if (!client) return undefined;
    return [client, withPlanVersion(toOrder(wizard, context, this.#customer), context)];
  }

  /** Asks the server to check the order: `recheck` when it is the same order again, so a changed price is told. */
  #runCheck(how: 'check' | 'recheck', wizard = this.wizard, context = this.#loadTask.value) {
    if (!wizard || !context) return;
    const args = this.#orderArgs(wizard, context);
    if (!args) return;
    if (how === 'recheck') this.#orders.recheck(args);
    else this.#orders.check(args);
  }

  /** Why Place order cannot submit the order as it stands, or undefined when it can. */
  #notReadyReason(wizard: WizardState, context: OrderContext): NotReadyReason | undefined {
    const args = this.#orderArgs(wizard, context);
    if (!args) return undefined;
    const verdict = this.#orders.readiness(args[1], !this.pricingWithheld);
    return verdict.ready ? undefined : verdict.reason;
  }

  /** Submits only an order whose latest check is of exactly this order, answered ok, with a quote when prices are shown. */
  #placeOrder(wizard: WizardState, context: OrderContext) {
    const args = this.#orderArgs(wizard, context);
    // One submitOrder per intent: ignore repeats once the order is placed (and while placing, see place()).
    if (!args || this.confirmation || this.#orders.submitting) return;
    const problems = checkStep('review', wizard, context);
    if (Object.keys(problems).length) {
      this.#move({ ...wizard, problems });
      return;
    }
    const [client, order] = args;
    const verdict = this.#orders.readiness(order, !this.pricingWithheld);
    if (verdict.ready) {
      this.#orders.place([client, withQuoteId(order, verdict.quoteId)]);
      return;
    }
    const { reason } = verdict;
    this.notice = () => notReadyText(reason);
    if (reason === 'unchecked' || reason === 'expired' || reason === 'refused')
      this.#runCheck(reason === 'expired' ? 'recheck' : 'check');
  }

  #cancel(reason: LpwCancelDetail['reason']) {
    const { step, draft } = this.wizard!;
    const product = findProduct(this.#loadTask.value!, draft.productId);
    this.#dialog?.close();
    this.#orders.abortCheck();
    this.#drafts.clear();
    this.cancelled = true;
    const consumerTab = reason === 'reduce-usage' ? product?.consumerTab : undefined;
    fire(this, 'lpw-cancel', { reason, step, ...(consumerTab ? { consumerTab } : {}) });
    this.#focus.request('panel');
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
    const context = this.#loadTask.value;
    if (!wizard || !context) return;
    if (this.#orders.outcomeUnknown && CHANGES_THE_ORDER.has(intent.type)) {
      // The server may hold the order as it was sent: a changed order under the same idempotency key
      // would be answered with the first one's confirmation. It stays as sent until Try again (or
      // Place order, which resends it) settles the outcome, or the user starts over.
      this.notice = () => orderText.frozenWhileUnknown();
      return;
    }
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
        this.#runCheck('check');
        return;
      case 'retry-submit':
        this.#orders.resend();
        return;
      case 'place-order':
        if (this.#orders.outcomeUnknown) this.#orders.resend();
        else this.#placeOrder(wizard, context);
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

  #onCancelClick() {
    this.#leave = () => this.#cancel('user');
    if (this.wizard?.dirty || this.#orders.outcomeUnknown) this.#dialog?.showModal();
    else this.#cancel('user');
  }

  /** Start over from the restored note: while the order may exist, the user confirms first. */
  #onStartOverClick() {
    this.#leave = () => {
      this.#dialog?.close();
      this.reset();
    };
    if (this.#orders.outcomeUnknown) this.#dialog?.showModal();
    else this.reset();
  }

  protected override render() {
    return html`<div part="base" @lpw-intent=${this.#onIntent} @keydown=${this.#onKeydown}>
      <div class="vh" role="status">${this.#statusText()}</div>
      ${this.#renderBody()}
    </div>`;
  }

  /** What the status region says: a notice (a price or plan change, why Place order waits), else the step reached. */
  #statusText() {
    if (this.notice) return this.notice();
    const announced = this.announcedStep;
    const steps = this.wizard?.steps;
    if (!announced || !steps) return '';
    return stepOf(steps.indexOf(announced) + 1, steps.length, announced);
  }

  #renderBody() {
    if (!this.purchaser) return panels.purchaserRequiredPanel(text(this.contactEmail) || DEFAULT_CONTACT_EMAIL);
    if (this.#configProblem) return panels.configErrorPanel(configProblemText(this.#configProblem));
    if (this.confirmation) return confirmationPanel(this.confirmation, this.#viewProvider.value, () => this.reset());
    if (this.cancelled)
      return panels.cancelledPanel(() => this.reset(), this.#orders.outcomeUnknown ? orderText.mayAlreadyExist() : undefined);
    return this.#loadTask.render({
      pending: () => panels.loadingPanel(),
      error: (error) =>
        panels.loadErrorPanel(error, () => {
          void this.#loadTask.run();
        }),
      complete: (context) => {
        if (this.#prefillProblem) return panels.configErrorPanel(setupProblemText(this.#prefillProblem));
        return this.wizard ? this.#renderWizard(this.wizard, context) : nothing;
      },
    });
  }

  #renderWizard(wizard: WizardState, context: OrderContext) {
    const { step, returnToReview } = wizard;
    const onReview = step === 'review';
    const submitting = this.#orders.submitting;
    const notReady = onReview && !submitting ? this.#notReadyReason(wizard, context) : undefined;
    let primaryLabel = t.next();
    if (onReview) primaryLabel = t.placeOrder();
    else if (returnToReview) primaryLabel = t.backToReview();
    return html`<lpw-breadcrumb exportparts="breadcrumb, item, current"></lpw-breadcrumb>
      ${this.restored ? panels.restoredNote(this.restored, () => this.#onStartOverClick(), this.planChanged ? orderText.planChanged() : undefined) : nothing}
      <div class="layout">
        <section part="panel" data-step>${STEP_TEMPLATES[step]}</section>
        <lpw-order-summary exportparts="summary: order-summary"></lpw-order-summary>
      </div>
      ${panels.actionRow({
        back: stepIndex(wizard) > 0 && !returnToReview ? () => this.#act({ type: 'back' }) : undefined,
        cancel: () => this.#onCancelClick(),
        primary: {
          label: primaryLabel,
          disabled: onReview && wizard.mode === 'change' && !hasChanges(wizard, context),
          busy: onReview && submitting,
          unavailable: notReady ? notReadyText(notReady) : undefined,
          press: () => this.#act({ type: onReview ? 'place-order' : 'next' }),
        },
      })}
      ${submitting ? html`<p role="status">${t.placing()}</p>` : nothing}
      ${panels.cancelDialog(
        () => this.#dialog?.close(),
        () => this.#leave(),
        this.#orders.outcomeUnknown ? orderText.mayAlreadyExist() : undefined,
      )}`;
  }
}
