/** The answers of the fake Partner Portal, as status and JSON body, before any HTTP is involved. */
import type {
  ConflictCode,
  FieldError,
  LicenseOrder,
  OrderConfirmation,
  OrderContext,
  ValidationResult,
} from '../model/schemas.js';

export interface ErrorBody {
  message: string;
}

export interface RejectionBody {
  errors: FieldError[];
}

/** The body of a 409: why an order that was valid when checked is refused now. */
export interface ConflictBody {
  code: ConflictCode;
  message: string;
}

/**
 * How a stored order's answer reaches the client: normally; never (the scenario "submit times out
 * after storing the order"); or as a 201 whose body lacks the orderId (./routes.ts removes it).
 */
export type Delivery = 'normal' | 'never' | 'unreadable';

export type ContextResponse = { status: 200; body: OrderContext } | { status: 400 | 404; body: ErrorBody };
export type ValidateResponse =
  { status: 200; body: ValidationResult } | { status: 422; body: RejectionBody } | { status: 409; body: ConflictBody };
export type SubmitResponse =
  | { status: 201; body: OrderConfirmation; delivery?: Delivery }
  | { status: 422; body: RejectionBody }
  | { status: 409; body: ConflictBody }
  | { status: 400 | 500; body: ErrorBody };

/** An order the backend accepted. */
export interface StoredOrder {
  orderId: string;
  idempotencyKey: string;
  order: LicenseOrder;
  confirmation: OrderConfirmation;
  /** The plan the order created (new mode) or changed (change mode). */
  planId: string;
}

/** Things a scenario makes happen once (until the scenario is set again). */
export type ScenarioEvent = 'price-changed' | 'plan-changed';
