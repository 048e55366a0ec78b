import type { LicensePlanApiClient } from './client.js';
import { ApiError } from './errors.js';
import { contextLimitProblem, type LimitProblem } from '../model/limits.js';

/**
 * The client, except that an order context over the limits of src/model/limits.ts is refused as
 * soon as it arrives, before it is parsed or rendered, with an ApiError of kind `limit` whose
 * message is `describe(problem)` (a sentence for users).
 */
export function refusingOversizedContexts(
  client: LicensePlanApiClient,
  describe: (problem: LimitProblem) => string,
): LicensePlanApiClient {
  return {
    loadContext: async (request, init) => {
      const raw = await client.loadContext(request, init);
      const problem = contextLimitProblem(raw);
      if (problem) throw new ApiError('limit', describe(problem));
      return raw;
    },
    validateOrder: (order, init) => client.validateOrder(order, init),
    submitOrder: (order, init) => client.submitOrder(order, init),
  };
}
