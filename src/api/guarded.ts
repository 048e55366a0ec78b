import { msg, str } from '@lit/localize';
import type { LicensePlanApiClient, LoadContextRequest } from './client.js';
import { ApiError } from './errors.js';
import {
  OrderConfirmationSchema,
  OrderContextSchema,
  ValidationResultSchema,
  describeIssues,
  type LicenseOrder,
  type OrderConfirmation,
  type OrderContext,
  type ValidationResult,
} from '../model/schemas.js';

interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Calls a host's client with a time limit and an abort signal, and parses what
 * comes back with the contract's schemas. Whatever goes wrong comes out as an
 * ApiError (or an AbortError when the caller aborted).
 */
export async function guardedCall<T>(
  what: () => string,
  schema: Schema<T>,
  run: (signal: AbortSignal) => Promise<unknown>,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<T> {
  signal.throwIfAborted();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort = () => {};
  // Settles as soon as the caller aborts (whatever the client does with its signal) or time runs out.
  const timeout = new Promise<never>((_, reject) => {
    abort = () => {
      controller.abort(signal.reason);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    timer = setTimeout(() => {
      controller.abort(new DOMException('timed out', 'TimeoutError'));
      const seconds = +(timeoutMs / 1000).toFixed(1);
      reject(new ApiError('timeout', msg(str`The Partner Portal did not answer within ${seconds} seconds.`)));
    }, timeoutMs);
  });
  try {
    let raw: unknown;
    try {
      raw = await Promise.race([run(controller.signal), timeout]);
    } catch (error) {
      if (signal.aborted || error instanceof ApiError) throw error;
      throw new ApiError('rejected', `${what()}${error instanceof Error && error.message ? ` ${error.message}` : ''}`);
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const issue = describeIssues(parsed.error);
    throw new ApiError('schema', msg(str`The Partner Portal sent data the wizard cannot use: ${issue}.`));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

export const loadContext = (client: LicensePlanApiClient, req: LoadContextRequest, signal: AbortSignal, timeoutMs: number) =>
  guardedCall<OrderContext>(() => msg('Could not load the order details.'), OrderContextSchema, (s) => client.loadContext(req, { signal: s }), signal, timeoutMs);

export const validateOrder = (client: LicensePlanApiClient, order: LicenseOrder, signal: AbortSignal, timeoutMs: number) =>
  guardedCall<ValidationResult>(() => msg('Could not check the order.'), ValidationResultSchema, (s) => client.validateOrder(order, { signal: s }), signal, timeoutMs);

export const submitOrder = (client: LicensePlanApiClient, order: LicenseOrder, signal: AbortSignal, timeoutMs: number) =>
  guardedCall<OrderConfirmation>(() => msg('Could not place the order.'), OrderConfirmationSchema, (s) => client.submitOrder(order, { signal: s }), signal, timeoutMs);
