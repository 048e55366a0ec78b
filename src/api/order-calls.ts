/**
 * The calls of Review, checking and placing the order, guarded like every call (guarded.ts). They are
 * a module of their own so that they load with Review, not with the first step.
 */
import type { LicensePlanApiClient } from './client.js';
import { guardedCall, requestInit, type GuardedCallOptions } from './guarded.js';
import {
  OrderConfirmationSchema,
  ValidationResultSchema,
  type LicenseOrder,
  type OrderConfirmation,
  type ValidationResult,
} from '../model/schemas.js';

export function validateOrder(
  client: LicensePlanApiClient,
  order: LicenseOrder,
  options: GuardedCallOptions,
): Promise<ValidationResult> {
  const run = (signal: AbortSignal) => client.validateOrder(order, requestInit(signal, options.locale));
  return guardedCall('Could not check the order.', ValidationResultSchema, run, options);
}

export function submitOrder(
  client: LicensePlanApiClient,
  order: LicenseOrder,
  options: GuardedCallOptions,
): Promise<OrderConfirmation> {
  const run = (signal: AbortSignal) => client.submitOrder(order, requestInit(signal, options.locale));
  return guardedCall('Could not place the order.', OrderConfirmationSchema, run, options);
}
