/** The wizard's configuration as its attributes give it, and what is wrong with it. */
import { MODES } from './codes.js';
import type { Mode, OrderContext } from './schemas.js';
import { edit, type WizardState } from './draft.js';
import { findProduct } from './rules.js';

export interface WizardConfig {
  /** The document's base URI, against which a relative `api-base-url` resolves. */
  baseUri: string;
  customerId: string;
  /** As written in the attribute: it may be something other than a mode. */
  mode: string;
  planId: string;
  apiBaseUrl: string;
  requestTimeout: number;
  /** A client comes from the `client` property or an ancestor (so `api-base-url` is not used). */
  hasOwnClient: boolean;
  /** Any client at all was found. */
  hasClient: boolean;
}

/** A mistake in the wizard's attributes, described by a code and the facts a message needs. */
export type ConfigProblem =
  | { code: 'customer-id-missing' }
  | { code: 'mode-invalid'; mode: string }
  | { code: 'plan-id-missing' }
  | { code: 'api-base-url-invalid'; url: string }
  | { code: 'request-timeout-invalid' }
  | { code: 'no-client' };

export const isMode = (mode: string): mode is Mode => (MODES as readonly string[]).includes(mode);

/** The first mistake in the configuration, or null when it is usable. */
export function findConfigProblem(config: WizardConfig): ConfigProblem | null {
  if (!config.customerId) return { code: 'customer-id-missing' };
  if (!isMode(config.mode)) return { code: 'mode-invalid', mode: config.mode };
  if (config.mode === 'change' && !config.planId) return { code: 'plan-id-missing' };
  const { apiBaseUrl } = config;
  if (apiBaseUrl && !config.hasOwnClient && !URL.canParse(apiBaseUrl, config.baseUri)) {
    return { code: 'api-base-url-invalid', url: apiBaseUrl };
  }
  if (!(config.requestTimeout > 0)) return { code: 'request-timeout-invalid' };
  if (!config.hasClient) return { code: 'no-client' };
  return null;
}

/** What the host asks the order to start with: the `product-id` and `quantity` attributes ('' when not set). */
export interface Prefill {
  productId: string;
  quantity: string;
}

/**
 * A mistake that only shows once the order context is loaded: `product-id` names no product
 * offered to this customer.
 */
export type PrefillProblem = { code: 'product-id-not-offered'; productId: string };

/** The mistake in what the host asks a new order to start with, or null. */
export function findPrefillProblem(prefill: Prefill, mode: Mode, context: OrderContext): PrefillProblem | null {
  if (mode !== 'new' || !prefill.productId) return null;
  if (findProduct(context, prefill.productId)) return null;
  return { code: 'product-id-not-offered', productId: prefill.productId };
}

/**
 * A new order as the host asks it to start: the product chosen (with its defaults), and the quantity
 * as if typed, so it is checked like typed input when the user moves on. The user still lands on the
 * first step, and nothing counts as changed by the user. Change mode starts from the plan instead.
 */
export function withPrefill(state: WizardState, context: OrderContext, prefill: Prefill): WizardState {
  if (state.mode !== 'new') return state;
  let prefilled = state;
  if (prefill.productId && findProduct(context, prefill.productId)) {
    prefilled = edit(prefilled, context, { productId: prefill.productId });
  }
  if (prefill.quantity) prefilled = edit(prefilled, context, { quantity: prefill.quantity });
  return { ...prefilled, dirty: state.dirty };
}
