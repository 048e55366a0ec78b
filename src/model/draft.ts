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
  parseQuantity,
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

const QUESTION_OF: Partial<Record<StepId, ChangeQuestion>> = {
  quantity: 'quantity',
  payment: 'payment',
  references: 'references',
};

export function initialDraft(ctx: OrderContext, mode: Mode, idempotencyKey: string): Draft {
  const plan = mode === 'change' ? ctx.plan : null;
  if (plan) {
    return {
      productId: plan.productId,
      quantity: String(plan.quantity),
      cadence: plan.cadence,
      startDate: plan.startDate,
      costCenterId: plan.costCenterId,
      purchaseRef: plan.purchaseRef,
      purchaserConfirmed: false,
      change: { quantity: null, payment: null, references: null },
      idempotencyKey,
    };
  }
  const only = ctx.products.length === 1 ? ctx.products[0] : undefined;
  return withProductDefaults(ctx, {
    productId: only?.id ?? null,
    quantity: '',
    cadence: null,
    startDate: ctx.startDate.default,
    costCenterId: ctx.defaultCostCenterId,
    purchaseRef: '',
    purchaserConfirmed: false,
    change: { quantity: null, payment: null, references: null },
    idempotencyKey,
  });
}

/** After a product is picked: the quantity starts at its minimum and the cadence at monthly, or its only one. */
function withProductDefaults(ctx: OrderContext, draft: Draft): Draft {
  const product = findProduct(ctx, draft.productId);
  if (!product) return draft;
  const options = offeredOptions(product, ctx);
  const cadence = isOffered(product, ctx, draft.cadence)
    ? draft.cadence
    : (options.find((o) => o.cadence === 'monthly') ?? (options.length === 1 ? options[0] : undefined))?.cadence ?? null;
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
  if ('productId' in patch && patch.productId !== state.draft.productId) draft = withProductDefaults(ctx, draft);
  if (patch.change && state.mode === 'change' && ctx.plan) {
    // Answering "No" keeps the plan's current value for that step.
    const plan = ctx.plan;
    const restored: Partial<Draft> = {};
    if (patch.change.quantity === false) restored.quantity = String(plan.quantity);
    if (patch.change.payment === false) restored.cadence = plan.cadence;
    if (patch.change.references === false) {
      restored.costCenterId = plan.costCenterId;
      restored.purchaseRef = plan.purchaseRef;
    }
    draft = { ...draft, ...restored };
    patch = { ...patch, ...restored };
  }
  const problems = { ...state.problems };
  for (const key of Object.keys(patch) as (keyof Draft)[]) {
    delete problems[key as Field];
    if (key === 'change') for (const q of Object.keys(patch.change!)) delete problems[`change-${q as ChangeQuestion}`];
  }
  delete problems.form;
  return { ...state, draft, problems, dirty: true };
}

/** Every problem of one step, in the order its fields appear. */
export function checkStep(step: StepId, state: WizardState, ctx: OrderContext): Problems {
  const { draft, mode } = state;
  const problems: Problems = {};
  const product = findProduct(ctx, draft.productId);
  const question = mode === 'change' ? QUESTION_OF[step] : undefined;
  if (question && draft.change[question] === null) {
    problems[`change-${question}`] = { code: 'required' };
    return problems;
  }
  if (question && draft.change[question] === false) return problems;
  switch (step) {
    case 'product':
      if (!product) problems.productId = { code: 'required' };
      break;
    case 'quantity': {
      if (!product) break;
      const q = parseQuantity(draft.quantity, product, ctx);
      if (!q.ok) problems.quantity = q.problem;
      break;
    }
    case 'payment':
      if (product && !isOffered(product, ctx, draft.cadence))
        problems.cadence = draft.cadence ? { code: 'not-offered' } : { code: 'required' };
      break;
    case 'start-date': {
      const p = checkStartDate(draft.startDate, ctx);
      if (p) problems.startDate = p;
      break;
    }
    case 'references': {
      if (ctx.costCenters.length && !ctx.costCenters.some((c) => c.id === draft.costCenterId))
        problems.costCenterId = { code: 'required' };
      const p = checkPurchaseRef(draft.purchaseRef);
      if (p) problems.purchaseRef = p;
      break;
    }
    case 'review':
      if (mode === 'change' && !hasChanges(state, ctx)) problems.form = { code: 'no-change' };
      else if (!draft.purchaserConfirmed) problems.purchaserConfirmed = { code: 'required' };
      break;
  }
  return problems;
}

const isEmpty = (p: Problems) => Object.keys(p).length === 0;

/** The first step (in order) that is not valid, if any before `upTo`. */
function firstInvalidStep(state: WizardState, ctx: OrderContext, upTo: number): { index: number; problems: Problems } | null {
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
  const problems: Problems = {};
  let first = state.steps.length - 1;
  for (const { field, message } of errors) {
    const key: Field = field && field in FIELD_STEP ? (field as Field) : 'form';
    const step = FIELD_STEP[key];
    const index = state.steps.includes(step) ? state.steps.indexOf(step) : state.steps.length - 1;
    const target: Field = state.steps.includes(step) ? key : 'form';
    if (!problems[target]) problems[target] = { code: 'server', message };
    first = Math.min(first, index);
  }
  // A refusal that names no error still has to be shown: on Review, as a general one.
  if (!errors.length) problems.form = { code: 'refused' };
  return {
    ...state,
    step: state.steps[first],
    problems,
    returnToReview: state.steps[first] !== 'review',
  };
}

export function stepIndex(state: WizardState): number {
  return state.steps.indexOf(state.step);
}

export function hasChanges(state: WizardState, ctx: OrderContext): boolean {
  const plan = ctx.plan;
  if (!plan) return true;
  const d = state.draft;
  return (
    Number(d.quantity.trim()) !== plan.quantity ||
    d.cadence !== plan.cadence ||
    d.costCenterId !== plan.costCenterId ||
    d.purchaseRef.trim() !== plan.purchaseRef.trim()
  );
}

/** The order to send, built from a draft whose steps are all valid. */
export function toOrder(state: WizardState, ctx: OrderContext, customerId: string): LicenseOrder {
  const d = state.draft;
  const order: LicenseOrder = {
    customerId,
    mode: state.mode,
    productId: d.productId ?? '',
    quantity: Number(d.quantity.trim()),
    cadence: d.cadence ?? 'monthly',
    costCenterId: d.costCenterId,
    purchaseRef: d.purchaseRef.trim(),
    purchaserConfirmed: d.purchaserConfirmed,
    idempotencyKey: d.idempotencyKey,
  };
  if (state.mode === 'change') order.planId = ctx.plan?.id;
  else order.startDate = d.startDate;
  return order;
}
