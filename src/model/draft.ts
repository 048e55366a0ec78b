/**
 * The wizard's state and its transitions. Every transition returns a new state
 * object (never mutates), so context consumers see a change by identity.
 */
import type { Cadence, FieldError, LicenseOrder, Mode, OrderContext, StepId } from './schemas.js';
import {
  checkPurchaseRef,
  checkStartDate,
  findProduct,
  isOffered,
  minimumQuantity,
  offeredOptions,
  quantityProblem,
  stepsFor,
  type Problem,
} from './rules.js';

/** The yes/no questions of change mode, one per editable step. */
export type ChangeQuestion = 'quantity' | 'payment' | 'references';

export interface Draft {
  productId: string | null;
  /** As typed, so a bad entry can be shown back with its reason. */
  quantity: string;
  cadence: Cadence | null;
  startDate: string;
  costCenterId: string | null;
  purchaseRef: string;
  purchaserConfirmed: boolean;
  /** Change mode: the answer to each step's question; null until answered. */
  change: Record<ChangeQuestion, boolean | null>;
  idempotencyKey: string;
}

/** Fields that can carry a problem: the order's own keys, the change questions, and `form` for errors without a field. */
export type Field =
  | 'productId'
  | 'quantity'
  | 'cadence'
  | 'startDate'
  | 'costCenterId'
  | 'purchaseRef'
  | 'purchaserConfirmed'
  | `change-${ChangeQuestion}`
  | 'form';

export type Problems = Partial<Record<Field, Problem>>;

export interface WizardState {
  mode: Mode;
  steps: readonly StepId[];
  step: StepId;
  /** Index of the furthest step reached through Next; earlier steps are completed. */
  reached: number;
  draft: Draft;
  /** Problems shown to the user (set by a failed Next or by the server), per field. */
  problems: Problems;
  /** The user opened this step from Review and goes back there once it is valid. */
  returnToReview: boolean;
  /** The user has changed something since the start. */
  dirty: boolean;
}

const FIELD_STEP: Record<Field, StepId> = {
  productId: 'product',
  quantity: 'quantity',
  'change-quantity': 'quantity',
  cadence: 'payment',
  'change-payment': 'payment',
  startDate: 'start-date',
  costCenterId: 'references',
  purchaseRef: 'references',
  'change-references': 'references',
  purchaserConfirmed: 'review',
  form: 'review',
};

export function initialDraft(ctx: OrderContext, mode: Mode, idempotencyKey: string): Draft {
  const plan = mode === 'change' ? ctx.plan : null;
  const draft: Draft = {
    productId: ctx.products.length === 1 ? ctx.products[0].id : null,
    quantity: '',
    cadence: null,
    startDate: ctx.startDate.default,
    costCenterId: ctx.defaultCostCenterId,
    purchaseRef: '',
    purchaserConfirmed: false,
    change: { quantity: null, payment: null, references: null },
    idempotencyKey,
  };
  // Change mode starts from the plan; new mode from the defaults (with the product picked when there is only one).
  return plan
    ? {
        ...draft,
        productId: plan.productId,
        quantity: String(plan.quantity),
        cadence: plan.cadence,
        startDate: plan.startDate,
        costCenterId: plan.costCenterId,
        purchaseRef: plan.purchaseRef,
      }
    : withProductDefaults(ctx, draft);
}

/** After a product is picked: the quantity starts at its minimum and the cadence at monthly, or its only one. */
function withProductDefaults(ctx: OrderContext, draft: Draft): Draft {
  const product = findProduct(ctx, draft.productId);
  if (!product) return draft;
  const offered = offeredOptions(product, ctx).map((o) => o.cadence);
  const cadence = offered.includes(draft.cadence!)
    ? draft.cadence
    : offered.includes('monthly') ? 'monthly' : offered.length === 1 ? offered[0] : null;
  return { ...draft, quantity: String(minimumQuantity(product, ctx)), cadence };
}

export function startWizard(ctx: OrderContext, mode: Mode, idempotencyKey: string): WizardState {
  const steps = stepsFor(mode);
  return {
    mode,
    steps,
    step: steps[0],
    reached: 0,
    draft: initialDraft(ctx, mode, idempotencyKey),
    problems: {},
    returnToReview: false,
    dirty: false,
  };
}

/** Applies edits from a step; an edited field's problem is cleared until the next check. */
export function edit(state: WizardState, ctx: OrderContext, patch: Partial<Draft>): WizardState {
  let draft: Draft = { ...state.draft, ...patch };
  if (draft.productId !== state.draft.productId) draft = withProductDefaults(ctx, draft);
  const { plan } = ctx;
  const answers = patch.change;
  if (answers && state.mode === 'change' && plan) {
    // Answering "No" keeps the plan's current value for that step.
    const restored: Partial<Draft> = {
      ...(answers.quantity === false && { quantity: String(plan.quantity) }),
      ...(answers.payment === false && { cadence: plan.cadence }),
      ...(answers.references === false && { costCenterId: plan.costCenterId, purchaseRef: plan.purchaseRef }),
    };
    draft = { ...draft, ...restored };
    patch = { ...patch, ...restored };
  }
  const problems: Problems = { ...state.problems };
  for (const key of [...Object.keys(patch), ...Object.keys(answers ?? {}).map((q) => `change-${q}`), 'form'])
    delete problems[key as Field];
  return { ...state, draft, problems, dirty: true };
}

const REQUIRED: Problem = { code: 'required' };

/** `{ [field]: problem }`, or no problems when `problem` is falsy. */
const only = (field: Field, problem: Problem | null | undefined | false): Problems => (problem ? { [field]: problem } : {});

/** Every problem of one step, in the order its fields appear. */
export function checkStep(step: StepId, state: WizardState, ctx: OrderContext): Problems {
  const { draft, mode } = state;
  const product = findProduct(ctx, draft.productId);
  // In change mode a step with a question (a `change-…` field) needs its answer first, and after "No" nothing else.
  if (mode === 'change' && `change-${step}` in FIELD_STEP) {
    const answer = draft.change[step as ChangeQuestion];
    if (answer === null) return only(`change-${step as ChangeQuestion}`, REQUIRED);
    if (answer === false) return {};
  }
  switch (step) {
    case 'product':
      return only('productId', !product && REQUIRED);
    case 'quantity':
      return only('quantity', product && quantityProblem(draft.quantity, product, ctx));
    case 'payment':
      return only('cadence', product && !isOffered(product, ctx, draft.cadence) && (draft.cadence ? { code: 'not-offered' } : REQUIRED));
    case 'start-date':
      return only('startDate', checkStartDate(draft.startDate, ctx));
    case 'references':
      return {
        ...only('costCenterId', ctx.costCenters.length > 0 && !ctx.costCenters.some((c) => c.id === draft.costCenterId) && REQUIRED),
        ...only('purchaseRef', checkPurchaseRef(draft.purchaseRef)),
      };
    case 'review':
      return mode === 'change' && !hasChanges(state, ctx)
        ? { form: { code: 'no-change' } }
        : only('purchaserConfirmed', !draft.purchaserConfirmed && REQUIRED);
  }
}

const isEmpty = (p: Problems) => Object.keys(p).length === 0;

/** The first step before `upTo` that is not valid, with its problems; null when they all are. */
export function firstInvalidStep(state: WizardState, ctx: OrderContext, upTo: number): { index: number; problems: Problems } | null {
  for (let index = 0; index < upTo; index++) {
    const problems = checkStep(state.steps[index], state, ctx);
    if (!isEmpty(problems)) return { index, problems };
  }
  return null;
}

function moveTo(state: WizardState, index: number, extra: Partial<WizardState> = {}): WizardState {
  return { ...state, step: state.steps[index], reached: Math.max(state.reached, index), problems: {}, ...extra };
}

/** Next, or "Back to review": moves on only when the current step is valid, otherwise shows its problems. */
export function next(state: WizardState, ctx: OrderContext): WizardState {
  const index = stepIndex(state);
  const problems = checkStep(state.step, state, ctx);
  if (!isEmpty(problems)) return { ...state, problems };
  if (state.returnToReview) {
    const review = state.steps.length - 1;
    const invalid = firstInvalidStep(state, ctx, review);
    return invalid
      ? moveTo(state, invalid.index, { problems: invalid.problems })
      : moveTo(state, review, { returnToReview: false });
  }
  return index < state.steps.length - 1 ? moveTo(state, index + 1) : state;
}

export function back(state: WizardState): WizardState {
  const index = stepIndex(state);
  return index > 0 ? moveTo(state, index - 1, { returnToReview: false }) : state;
}

/** Breadcrumb and Review's edit links: only steps already completed can be opened directly. */
export function goTo(state: WizardState, step: StepId): WizardState {
  const index = state.steps.indexOf(step);
  const current = stepIndex(state);
  if (index < 0 || index >= current) return state;
  return moveTo(state, index, { returnToReview: state.step === 'review' || state.returnToReview });
}

/** Errors from validateOrder/submitOrder: the user is taken to the first step with one, shown at its field. */
export function withServerErrors(state: WizardState, errors: FieldError[]): WizardState {
  const { steps } = state;
  const problems: Problems = {};
  let first = steps.length - 1;
  for (const { field, message } of errors) {
    // An error without a field, or at a field of no step here, is shown on Review as a general one.
    const index = steps.indexOf(FIELD_STEP[field as Field]);
    problems[index < 0 ? 'form' : (field as Field)] ??= { code: 'server', message };
    if (index >= 0) first = Math.min(first, index);
  }
  // A refusal that names no error still has to be shown: on Review, as a general one.
  if (!errors.length) problems.form = { code: 'refused' };
  return { ...state, step: steps[first], problems, returnToReview: steps[first] !== 'review' };
}

export const stepIndex = (state: WizardState): number => state.steps.indexOf(state.step);

export function hasChanges(state: WizardState, ctx: OrderContext): boolean {
  const { plan } = ctx;
  const d = state.draft;
  // Number() ignores surrounding white space, as trim() does.
  return (
    !plan ||
    Number(d.quantity) !== plan.quantity ||
    d.cadence !== plan.cadence ||
    d.costCenterId !== plan.costCenterId ||
    d.purchaseRef.trim() !== plan.purchaseRef.trim()
  );
}

/** The order to send, built from a draft whose steps are all valid. */
export function toOrder(state: WizardState, ctx: OrderContext, customerId: string): LicenseOrder {
  const { draft: d, mode } = state;
  return {
    customerId,
    mode,
    productId: d.productId ?? '',
    quantity: Number(d.quantity),
    cadence: d.cadence ?? 'monthly',
    costCenterId: d.costCenterId,
    purchaseRef: d.purchaseRef.trim(),
    purchaserConfirmed: d.purchaserConfirmed,
    idempotencyKey: d.idempotencyKey,
    ...(mode === 'change' ? { planId: ctx.plan?.id } : { startDate: d.startDate }),
  };
}
