import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { LicensePlanApiClient } from '../../api/client.js';
import type { Mode } from '../../model/schemas.js';
import { draftKey } from '../../model/persist.js';

export const DEFAULT_CONTACT_EMAIL = 'bizops@pexip.com';

/** An attribute's value as text: a removed attribute makes the property null. */
export const text = (value: string | null | undefined) => (value ?? '').trim();

/** Which order a wizard is for. */
export interface OrderIdentity {
  customerId: string;
  mode: Mode;
  planId: string;
}

type IdentityProperty = 'customerId' | 'mode' | 'planId';

/**
 * The public properties of `<license-plan-wizard>` (most of them reflect an attribute), and the
 * order they name. `LicensePlanWizard` extends it with what it does with them.
 */
export class WizardAttributes extends LitElement {
  static override properties: PropertyDeclarations = {
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

  /** @internal Which order this is, as the attributes name it: trimmed, and `new` when `mode` is absent. */
  protected get orderIdentity(): OrderIdentity {
    return { customerId: text(this.customerId), mode: (text(this.mode) || 'new') as Mode, planId: text(this.planId) };
  }

  /** @internal Whether this update names another order (another customer, mode or plan) than the one before it. */
  protected namesAnotherOrder(changed: PropertyValues<this>): boolean {
    if (!changed.has('customerId') && !changed.has('mode') && !changed.has('planId')) return false;
    const before = (key: IdentityProperty) => text(changed.has(key) ? changed.get(key) : this[key]);
    const was = { customerId: before('customerId'), mode: before('mode') || 'new', planId: before('planId') };
    return draftKey(was) !== draftKey(this.orderIdentity);
  }
}
