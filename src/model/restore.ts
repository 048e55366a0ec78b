/**
 * Brings an unfinished order back: the stored draft's record is checked with a schema, and
 * what no longer fits the freshly loaded context is changed and said. The wizard needs this only
 * when there is a draft to bring back, so it comes with the later steps' chunk
 * (elements/lazy-chunk.ts), not with the first step.
 */
import * as z from 'zod/mini';
import { CadenceSchema, StepIdSchema, type OrderContext } from './schemas.js';
import {
  UNREADABLE_QUANTITY,
  edit,
  firstInvalidStep,
  type ChangeQuestion,
  type Draft,
  type QuantityInput,
  type WizardState,
} from './draft.js';
import { checkStartDate, findProduct, isOffered, quantityProblem } from './rules.js';
import { DRAFT_VERSION, readDraft, type StorageLike, type StoredDraft } from './persist.js';

const answer = z.nullable(z.boolean());

/** How drafts saved before the typed state marked text the browser could not read. */
const OLD_UNREADABLE_MARK = '\u2047';

/** A stored quantity: the typed text, or unreadable (also from a draft stored with the old mark). */
const StoredQuantitySchema = z.union([
  z.pipe(
    z.string(),
    z.transform((text): QuantityInput => {
      if (text === OLD_UNREADABLE_MARK) return UNREADABLE_QUANTITY;
      return text;
    }),
  ),
  z.pipe(
    z.object({ kind: z.literal('unreadable') }),
    z.transform((): QuantityInput => UNREADABLE_QUANTITY),
  ),
]);

const StoredDraftBodySchema = z.object({
  productId: z.nullable(z.string()),
  quantity: StoredQuantitySchema,
  cadence: z.nullable(CadenceSchema),
  startDate: z.string(),
  costCenterId: z.nullable(z.string()),
  purchaseRef: z.string(),
  purchaserConfirmed: z.boolean(),
  change: z.object({ quantity: answer, payment: answer, references: answer }),
  idempotencyKey: z.string().check(z.refine((s) => s.length > 0)),
});

/** What is stored: a version, the step the user was on, the draft, and when it was saved (ms since the epoch). */
export const StoredDraftSchema = z.object({
  // A refinement rather than z.literal, which would add its own code to the bundle.
  v: z.custom<typeof DRAFT_VERSION>((v) => v === DRAFT_VERSION),
  step: StepIdSchema,
  draft: StoredDraftBodySchema,
  savedAt: z.optional(z.number()),
});

/** The stored record in `text`, or null when it is unreadable, foreign or of another version. Never throws. */
export function parseStoredDraft(text: string): StoredDraft | null {
  try {
    return StoredDraftSchema.safeParse(JSON.parse(text)).data ?? null;
  } catch {
    return null;
  }
}

/** The record stored under `key`, or null when there is none or it is unreadable, foreign or of another version. Never throws. */
export function loadDraft(storage: StorageLike | null | undefined, key: string): StoredDraft | null {
  const text = readDraft(storage, key);
  return text === null ? null : parseStoredDraft(text);
}

/** Something of the stored draft that no longer fits the freshly loaded context. */
export type RestoreChange =
  /** The product is no longer offered (or, in change mode, is not the plan's): the fresh product, quantity and cadence are used. */
  | { code: 'product-gone' }
  /** The quantity is kept as typed, but is now below max(product minimum, usage). */
  | { code: 'quantity-below-usage'; min: number }
  /** The quantity is kept as typed, but is now above the product maximum. */
  | { code: 'quantity-above-max'; max: number }
  /** The cadence is not offered any more: the default one is used. */
  | { code: 'cadence-gone' }
  /** The cost center was deleted: the default one is used. */
  | { code: 'cost-center-gone' }
  /** The start date is outside the new window: the default one is used. */
  | { code: 'start-date-moved' };

/**
 * Brings a stored draft back into `fresh` (the state `startWizard` made from the
 * newly loaded context), keeping what is still valid and telling what was not.
 * Values the user typed that were never valid (a quantity like "1.5", an empty
 * start date) are kept as typed, for the step to show with its reason. The
 * stored idempotency key is kept, so a retry after a reload cannot order twice.
 * The user lands on the stored step, or on the first step before it that is not
 * valid any more.
 */
export function restoreDraft(
  record: StoredDraft,
  fresh: WizardState,
  ctx: OrderContext,
): { state: WizardState; changes: RestoreChange[] } {
  const changes: RestoreChange[] = [];
  const { draft: stored, step } = record;
  const { mode, steps, draft: freshDraft } = fresh;
  const changeMode = mode === 'change';
  const answers = changeMode ? { ...stored.change } : freshDraft.change;

  // In change mode the product is the plan's; in new mode, any product still offered.
  const product = changeMode && stored.productId !== freshDraft.productId ? undefined : findProduct(ctx, stored.productId);
  if (stored.productId !== null && !product) changes.push({ code: 'product-gone' });

  const draft: Draft = {
    // The fresh defaults for the product in use: its minimum quantity and default cadence.
    ...(product && product.id !== freshDraft.productId ? edit(fresh, ctx, { productId: product.id }).draft : freshDraft),
    purchaserConfirmed: stored.purchaserConfirmed,
    change: answers,
    idempotencyKey: stored.idempotencyKey,
  };

  // In change mode, a step answered No (or not yet) has the plan's current values, which are fresh.
  const restores = (q: ChangeQuestion) => !changeMode || answers[q] === true;

  if (product && restores('quantity')) {
    draft.quantity = stored.quantity;
    const problem = quantityProblem(stored.quantity, product, ctx);
    if (problem?.code === 'above-maximum') changes.push({ code: 'quantity-above-max', max: problem.max });
    else if (problem?.code === 'below-usage' || problem?.code === 'below-minimum')
      changes.push({ code: 'quantity-below-usage', min: problem.min });
  }

  if (product && restores('payment') && stored.cadence !== null) {
    if (isOffered(product, ctx, stored.cadence)) draft.cadence = stored.cadence;
    else changes.push({ code: 'cadence-gone' });
  }

  if (!changeMode) {
    // An empty or unreal date is the user's own entry and stays; a real one outside the window is replaced.
    if (checkStartDate(stored.startDate, ctx)?.code === 'date-outside') changes.push({ code: 'start-date-moved' });
    else draft.startDate = stored.startDate;
  }

  if (restores('references')) {
    draft.purchaseRef = stored.purchaseRef;
    if (stored.costCenterId === null || ctx.costCenters.some((c) => c.id === stored.costCenterId))
      draft.costCenterId = stored.costCenterId;
    else changes.push({ code: 'cost-center-gone' });
  }

  const state: WizardState = { ...fresh, draft, problems: {}, returnToReview: false, dirty: true };
  const wanted = steps.indexOf(step);
  const upTo = wanted < 0 ? steps.length - 1 : wanted;
  const index = firstInvalidStep(state, ctx, upTo)?.index ?? upTo;
  return { state: { ...state, step: steps[index], reached: index }, changes };
}

/** A draft to bring back: the one carried over a plan change, else the text stored before a reload. */
export type ResumeFrom = { carried: Draft } | { stored: string };

/**
 * Brings a draft back into `fresh` (the state startOrder made): a draft carried over a plan change
 * lands on Review with the authorization box cleared, since the user authorized an order against
 * the old plan; a stored draft lands on its own step. A stored text that cannot be read gives
 * `fresh` back unchanged, with no changes to tell.
 */
export function resumeOrder(
  fresh: WizardState,
  ctx: OrderContext,
  from: ResumeFrom,
): { state: WizardState; changes?: RestoreChange[] } {
  if ('carried' in from) {
    const { state, changes } = restoreDraft({ v: DRAFT_VERSION, step: 'review', draft: from.carried }, fresh, ctx);
    return { state: { ...state, draft: { ...state.draft, purchaserConfirmed: false } }, changes };
  }
  const stored = parseStoredDraft(from.stored);
  if (!stored) return { state: fresh };
  return restoreDraft(stored, fresh, ctx);
}
