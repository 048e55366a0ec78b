/** The business rules of a license order, as pure functions of the draft and the loaded context. */
import { CADENCES, STEP_IDS } from './schemas.js';
import type { Cadence, Mode, OrderContext, PaymentOption, Product, StepId } from './schemas.js';
import { isRealDate } from './dates.js';

export const NEW_STEPS: readonly StepId[] = STEP_IDS;
export const CHANGE_STEPS: readonly StepId[] = ['quantity', 'payment', 'references', 'review'];

export const stepsFor = (mode: Mode): readonly StepId[] => (mode === 'change' ? CHANGE_STEPS : NEW_STEPS);

export const PURCHASE_REF_MAX = 100;

export function findProduct(ctx: OrderContext, productId: string | null): Product | undefined {
  return ctx.products.find((p) => p.id === productId);
}

export function usageOf(ctx: OrderContext, productId: string): number {
  return ctx.usage[productId] ?? 0;
}

/** The fewest licenses an order may have: the product's minimum, or the usage when that is higher. */
export function minimumQuantity(product: Product, ctx: OrderContext): number {
  return Math.max(product.minQuantity, usageOf(ctx, product.id));
}

/** Payment options the user may pick, in the canonical cadence order; in change mode only the plan's allowed conversions. */
export function offeredOptions(product: Product, ctx: OrderContext): PaymentOption[] {
  const allowed = ctx.plan?.allowedCadences;
  return CADENCES.flatMap((cadence) => {
    const option = product.paymentOptions.find((o) => o.cadence === cadence);
    return option && (!allowed || allowed.includes(cadence)) ? [option] : [];
  });
}

export function isOffered(product: Product, ctx: OrderContext, cadence: Cadence | null): boolean {
  return offeredOptions(product, ctx).some((o) => o.cadence === cadence);
}

/** A problem with one field, described by a code and the facts a message needs. Text is made by the view. */
export type Problem =
  | { code: 'required' }
  | { code: 'not-whole-number' }
  | { code: 'not-ascii-digits' }
  | { code: 'negative' }
  | { code: 'fraction' }
  | { code: 'leading-zero' }
  | { code: 'below-usage'; min: number; usage: number }
  | { code: 'below-minimum'; min: number }
  | { code: 'above-maximum'; max: number }
  | { code: 'not-a-date' }
  | { code: 'date-outside'; earliest: string; latest: string }
  | { code: 'not-offered' }
  | { code: 'too-long'; max: number }
  | { code: 'control-characters' }
  | { code: 'no-change' }
  | { code: 'refused' }
  | { code: 'server'; message: string };

export type QuantityResult = { ok: true; value: number } | { ok: false; problem: Problem };

/**
 * Reads a quantity exactly as typed. Only plain ASCII digits without leading zeros are a number
 * here: '1e3', '0x10', '010', '1.5', ' 12 users', '١٢' are all refused with a reason.
 */
export function parseQuantity(raw: string, product: Product, ctx: OrderContext): QuantityResult {
  const problem = quantityProblem(raw, product, ctx);
  return problem ? { ok: false, problem } : { ok: true, value: Number(raw) };
}

/** What is wrong with a quantity as typed (see parseQuantity), or null when it is a valid one. */
export function quantityProblem(raw: string, product: Product, ctx: OrderContext): Problem | null {
  const text = raw.trim();
  if (!text) return { code: 'required' };
  if (!/^\d+$/.test(text))
    return {
      code: /^\p{Nd}+$/u.test(text) ? 'not-ascii-digits' : /^-\s*\d/.test(text) ? 'negative' : /^\d*[.,]\d+$/.test(text) ? 'fraction' : 'not-whole-number',
    };
  // "010" is what a number field keeps of "0x10": refused rather than read as ten.
  if (text.length > 1 && text[0] === '0') return { code: 'leading-zero' };
  const value = +text;
  const min = minimumQuantity(product, ctx);
  const usage = usageOf(ctx, product.id);
  const max = product.maxQuantity;
  return value > max
    ? { code: 'above-maximum', max }
    : value < min
      ? usage > product.minQuantity ? { code: 'below-usage', min, usage } : { code: 'below-minimum', min }
      : null;
}

export function checkStartDate(value: string, ctx: OrderContext): Problem | null {
  if (!value) return { code: 'required' };
  if (!isRealDate(value)) return { code: 'not-a-date' };
  const { earliest, latest } = ctx.startDate;
  return value < earliest || value > latest ? { code: 'date-outside', earliest, latest } : null;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function checkPurchaseRef(value: string): Problem | null {
  if (CONTROL.test(value)) return { code: 'control-characters' };
  return value.trim().length > PURCHASE_REF_MAX ? { code: 'too-long', max: PURCHASE_REF_MAX } : null;
}
