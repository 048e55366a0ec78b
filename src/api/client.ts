import { createContext } from '@lit/context';
import type { LicenseOrder, Mode, OrderConfirmation, OrderContext, ValidationResult } from '../model/schemas.js';

export interface RequestInit {
  signal?: AbortSignal;
  /** The wizard's locale (BCP 47), for text the server writes. The HTTP client sends it as Accept-Language. */
  locale?: string;
}

export interface LoadContextRequest {
  customerId: string;
  mode: Mode;
  planId?: string;
}

/** What the host supplies so the widget can talk to the Partner Portal. */
export interface LicensePlanApiClient {
  loadContext(req: LoadContextRequest, init?: RequestInit): Promise<OrderContext>;
  validateOrder(order: LicenseOrder, init?: RequestInit): Promise<ValidationResult>;
  submitOrder(order: LicenseOrder, init?: RequestInit): Promise<OrderConfirmation>;
}

/** Context key through which an ancestor (or the wizard itself, to its steps) provides the API client. */
export const apiClientContext = createContext<LicensePlanApiClient | undefined>(Symbol.for('lpw-api-client'));
