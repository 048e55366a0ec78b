import * as z from 'zod/mini';
import { msg, str } from '@lit/localize';
import type { LicensePlanApiClient } from './client.js';
import { ApiError, OrderRejectedError } from './errors.js';
import { FieldErrorSchema } from '../model/schemas.js';

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
  const customerUrl = (customerId: string) => `${base}/customers/${encodeURIComponent(customerId)}`;

  async function call(url: string, init: RequestInit & { headers?: Record<string, string> }): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(url, { ...init, headers: { Accept: 'application/json', ...headers, ...init.headers } });
    } catch (error) {
      if (init.signal?.aborted || (error as Error)?.name === 'AbortError') throw error;
      throw new ApiError('network', msg('The Partner Portal could not be reached. Check the connection.'));
    }
    let body: unknown;
    const text = await response.text();
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      if (response.ok) throw new ApiError('invalid-json', msg('The Partner Portal sent a response that is not valid JSON.'), response.status);
    }
    if (response.status === 422) {
      const rejection = RejectionSchema.safeParse(body);
      if (rejection.success) throw new OrderRejectedError(rejection.data.errors);
    }
    if (!response.ok) {
      const status = response.status;
      throw new ApiError('http', msg(str`The Partner Portal answered with an error (HTTP ${status}).`), status);
    }
    return body;
  }

  const post = (url: string, body: unknown, extra: Record<string, string> = {}, signal?: AbortSignal) =>
    call(url, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...extra }, signal });

  return {
    loadContext({ customerId, mode, planId }, init) {
      const query = new URLSearchParams({ mode });
      if (planId) query.set('planId', planId);
      return call(`${customerUrl(customerId)}/license-order-context?${query}`, { signal: init?.signal }) as never;
    },
    async validateOrder(order, init) {
      try {
        return (await post(`${customerUrl(order.customerId)}/license-orders/validate`, order, {}, init?.signal)) as never;
      } catch (error) {
        if (error instanceof OrderRejectedError) return { ok: false, errors: error.errors };
        throw error;
      }
    },
    submitOrder(order, init) {
      return post(`${customerUrl(order.customerId)}/license-orders`, order, { 'Idempotency-Key': order.idempotencyKey }, init?.signal) as never;
    },
  };
}
