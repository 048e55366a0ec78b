/**
 * The wizard's state and its transitions. Every transition returns a new state
 * object (never mutates), so context consumers see a change by identity.
 */
import type { ExistingPlan, FieldError, LicenseOrder, Mode, OrderContext, StepId } from './schemas.js';
import {
  changeField,
  checkStep,
  defaultCadence,
  findProduct,
  hasChanges,
  minimumQuantity,
  quantityValue,
  stepsOf,
} from './rules.js';

// The step checks, hasChanges and quantityValue are rules; they live in rules.ts and are also importable from here.
export { checkStep, hasChanges, quantityValue };

export * from './state.js';
import { CHANGE_QUESTIONS, type Draft, type Field, type Problems, type WizardState } from './state.js';

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
  const draft: Draft = {
    productId: null,
    quantity: '',
    cadence: null,
    startDate: ctx.startDate.default,
    costCenterId: ctx.defaultCostCenterId,
    purchaseRef: '',
    purchaserConfirmed: false,
    change: { quantity: null, payment: null, references: null },
    idempotencyKey,
  };
  // Change mode starts from the plan.
  if (mode === 'change' && ctx.plan) {
    const { plan } = ctx;
    return {
      ...draft,
      productId: plan.productId,
      quantity: String(plan.quantity),
      cadence: plan.cadence,
      startDate: plan.startDate,
      costCenterId: plan.costCenterId,
      purchaseRef: plan.purchaseRef,
    };
  }
  // New mode starts from the defaults, with the product picked when there is only one.
  if (ctx.products.length === 1) draft.productId = ctx.products[0].id;
  return withProductDefaults(ctx, draft);
}

/** After a product is picked: the quantity starts at its minimum and the cadence at monthly, or its only one. */
function withProductDefaults(ctx: OrderContext, draft: Draft): Draft {
  const product = findProduct(ctx, draft.productId);
  if (!product) return draft;
  return {
    ...draft,
    quantity: String(minimumQuantity(product, ctx)),
    cadence: defaultCadence(product, ctx, draft.cadence),
  };
}

export function startWizard(ctx: OrderContext, mode: Mode, idempotencyKey: string): WizardState {
  const steps = stepsOf(mode, ctx);
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

/** Change mode: answering "No" to a step's question puts the plan's current values back into that step's fields. */
function planValuesAnsweredNo(answers: Draft['change'], plan: ExistingPlan): Partial<Draft> {
  const values: Partial<Draft> = {};
  if (answers.quantity === false) values.quantity = String(plan.quantity);
  if (answers.payment === false) values.cadence = plan.cadence;
  if (answers.references === false) {
    values.costCenterId = plan.costCenterId;
    values.purchaseRef = plan.purchaseRef;
  }
  return values;
}

/** Applies edits from a step; an edited field's problem is cleared until the next check. */
export function edit(state: WizardState, ctx: OrderContext, patch: Partial<Draft>): WizardState {
  let draft: Draft = { ...state.draft, ...patch };
  if (draft.productId !== state.draft.productId) draft = withProductDefaults(ctx, draft);
  const answers = patch.change;
  let restored: Partial<Draft> = {};
  if (answers && state.mode === 'change' && ctx.plan) {
    restored = planValuesAnsweredNo(answers, ctx.plan);
    draft = { ...draft, ...restored };
  }
  const problems: Problems = { ...state.problems };
  for (const key of [...Object.keys(patch), ...Object.keys(restored)]) delete problems[key as Field];
  if (answers) {
    for (const question of CHANGE_QUESTIONS) delete problems[changeField(question)];
  }
  delete problems.form;
  return { ...state, draft, problems, dirty: true };
}

const isEmpty = (p: Problems) => Object.keys(p).length === 0;

/** The first step before `upTo` that is not valid, with its problems; null when they all are. */
export function firstInvalidStep(
  state: WizardState,
  ctx: OrderContext,
  upTo: number,
): { index: number; problems: Problems } | null {
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
  const problems = checkStep(state.step, state, ctx);
  if (!isEmpty(problems)) return { ...state, problems };
  const last = state.steps.length - 1;
  if (state.returnToReview) {
    // Back to Review, unless an earlier step is no longer valid: then to that step, with its problems.
    const invalid = firstInvalidStep(state, ctx, last);
    if (invalid) return moveTo(state, invalid.index, { problems: invalid.problems });
    return moveTo(state, last, { returnToReview: false });
  }
  const index = stepIndex(state);
  if (index < last) return moveTo(state, index + 1);
  return state;
}

export function back(state: WizardState): WizardState {
  const index = stepIndex(state);
  if (index <= 0) return state;
  return moveTo(state, index - 1, { returnToReview: false });
}

/** Breadcrumb and Review's edit links: only steps already completed can be opened directly. */
export function goTo(state: WizardState, step: StepId): WizardState {
  const index = state.steps.indexOf(step);
  const current = stepIndex(state);
  if (index < 0 || index >= current) return state;
  return moveTo(state, index, { returnToReview: state.step === 'review' || state.returnToReview });
}

/** The field of a step here that a server error names, or null for an error without one (or at a field of no step here). */
function fieldOnSteps(field: string | null, steps: readonly StepId[]): Field | null {
  if (field === null || !Object.hasOwn(FIELD_STEP, field)) return null;
  const known = field as Field;
  if (!steps.includes(FIELD_STEP[known])) return null;
  return known;
}

/** Errors from validateOrder/submitOrder: the user is taken to the first step with one, shown at its field. */
export function withServerErrors(state: WizardState, errors: FieldError[]): WizardState {
  const { steps } = state;
  const problems: Problems = {};
  let first = steps.length - 1;
  for (const { field, message } of errors) {
    // An error without a field of a step here is shown on Review as a general one; the first error per field wins.
    const shownAt = fieldOnSteps(field, steps) ?? 'form';
    if (!problems[shownAt]) problems[shownAt] = { code: 'server', message };
    if (shownAt !== 'form') first = Math.min(first, steps.indexOf(FIELD_STEP[shownAt]));
  }
  // A refusal that names no error still has to be shown: on Review, as a general one.
  if (errors.length === 0) problems.form = { code: 'refused' };
  return { ...state, step: steps[first], problems, returnToReview: steps[first] !== 'review' };
}

export const stepIndex = (state: WizardState): number => state.steps.indexOf(state.step);

/** The order to send, built from a draft whose steps are all valid. */
export function toOrder(state: WizardState, ctx: OrderContext, customerId: string): LicenseOrder {
  const { draft, mode } = state;
  const order: LicenseOrder = {
    customerId,
    mode,
    productId: draft.productId ?? '',
    quantity: quantityValue(draft) ?? 0,
    cadence: draft.cadence ?? 'monthly',
    costCenterId: draft.costCenterId,
    purchaseRef: draft.purchaseRef.trim(),
    purchaserConfirmed: draft.purchaserConfirmed,
    idempotencyKey: draft.idempotencyKey,
  };
  if (mode === 'change') {
    order.planId = ctx.plan?.id;
    // The version of the plan it was made against: the server refuses a change of a plan changed since.
    const version = ctx.plan?.version;
    if (version !== undefined) order.planVersion = version;
  } else {
    order.startDate = draft.startDate;
  }
  return order;
}
