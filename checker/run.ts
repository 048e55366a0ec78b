/** Runs the conformance checks against one server. No node-only APIs: fetch and the schemas only. */
import { orderChecks } from './order-checks.js';
import { readOnlyChecks } from './read-checks.js';
import { fail, type CheckResult } from './result.js';
import type { Target } from './target.js';

export interface CheckOptions extends Target {
  /** Also run the checks that place orders (staging servers only). */
  placeOrders: boolean;
}

/** Every check's result, in a fixed order. A server that cannot be reached is one failed check. */
export async function runChecks(options: CheckOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  try {
    const loaded = await readOnlyChecks(options, results);
    if (options.placeOrders) await orderChecks(options, loaded, results);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    results.push(fail('reachable', 'The server answers', reason));
  }
  return results;
}
