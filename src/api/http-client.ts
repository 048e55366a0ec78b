import * as z from 'zod/mini';
import { msg, str } from '@lit/localize';
import type { LicensePlanApiClient, RequestInit } from './client.js';
import { ApiError, OrderRejectedError } from './errors.js';
import { FieldErrorSchema, type LicenseOrder } from '../model/schemas.js';

export interface HttpClientOptions {
  /** Base URL of the Partner Portal API, e.g. `https://portal.example/api`. */
  baseUrl: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

const RejectionSchema = z.object({ errors: z.array(FieldErrorSchema) });

/**
 * The built-in client for the Partner Portal's HTTP API. It returns the raw
 * JSON; the widget parses every response with the contract's schemas.
 */
export function createHttpClient({ baseUrl, fetch: doFetch = globalThis.fetch.bind(globalThis), headers = {} }: HttpClientOptions): LicensePlanApiClient {
  const base = baseUrl.replace(/\/+$/, '');

  /**
   * One request to `path` below the customer's URL: a GET, or with an `order` a POST of it as JSON
   * (with the `extra` headers). Returns the body's JSON; throws an ApiError (an OrderRejectedError
   * for a 422 with field errors), or the AbortError when aborted.
   */
  async function call(customerId: string, path: string, init?: RequestInit, order?: LicenseOrder, extra?: Record<string, string>): Promise<never> {
    const signal = init?.signal;
    const post = order && { method: 'POST', body: JSON.stringify(order) };
    let response: Response;
    try {
      response = await doFetch(`${base}/customers/${encodeURIComponent(customerId)}/${path}`, {
        ...post,
        signal,
        headers: { Accept: 'application/json', ...headers, ...(post && { 'Content-Type': 'application/json', ...extra }) },
      });
    } catch (error) {
      if (signal?.aborted || (error as Error)?.name === 'AbortError') throw error;
      throw new ApiError('network', msg('The Partner Portal could not be reached. Check the connection.'));
    }
    const { ok, status } = response;
    const text = await response.text();
    let body;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      if (ok) throw new ApiError('invalid-json', msg('The Partner Portal sent a response that is not valid JSON.'), status);
    }
    const rejection = status === 422 && RejectionSchema.safeParse(body);
    if (rejection && rejection.success) throw new OrderRejectedError(rejection.data.errors);
    if (!ok) throw new ApiError('http', msg(str`The Partner Portal answered with an error (HTTP ${status}).`), status);
    return body as never;
  }

  return {
    loadContext: ({ customerId, mode, planId }, init) =>
      call(customerId, `license-order-context?${new URLSearchParams(planId ? { mode, planId } : { mode })}`, init),
    // A 422 with field errors is an answer here, not a failure.
    validateOrder: (order, init) =>
      call(order.customerId, 'license-orders/validate', init, order).catch((error) => {
        if (error instanceof OrderRejectedError) return { ok: false, errors: error.errors };
        throw error;
      }),
    submitOrder: (order, init) =>
      call(order.customerId, 'license-orders', init, order, { 'Idempotency-Key': order.idempotencyKey }),
  };
}
