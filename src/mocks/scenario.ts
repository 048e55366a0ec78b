/**
 * Ways to make the fake Partner Portal misbehave, and the named scenarios that the demo, the
 * stories and the reference server (`npm run api -- --scenario NAME`) offer.
 */

export interface Scenario {
  /** Delay every HTTP answer by this many milliseconds (applied by ./routes.ts's callers). */
  slow?: number;
  /** Every new order fails with HTTP 500. A repeated idempotency key still gets its first confirmation. */
  failSubmit?: boolean;
  /** The order context breaks the contract: every product's maxQuantity is a string. */
  malformedContext?: boolean;
  /** The order context carries no prices, and validation returns `quote: null`. */
  pricingWithheld?: boolean;
  /** How long a quote is honoured, in milliseconds. Default 15 minutes. */
  quoteTtlMs?: number;
  /** Right after the first quote is issued, the product's prices rise by 10 %: submitting that quote is a 409 price-changed. */
  priceChangesBeforeSubmit?: boolean;
  /** Right after the first check of a change order, someone else changes the plan (its version moves on). */
  planChangedBySomeoneElse?: boolean;
  /** A new order is stored, but its answer is held back until the client gives up (or the scenario is switched off); a replay of its key answers at once. */
  submitTimesOut?: boolean;
  /** A new order is stored and answered 201 with a body that lacks `orderId`; a replay answers in full. */
  confirmationUnreadable?: boolean;
  /** Every request is answered 401: the session has ended. */
  sessionExpired?: boolean;
  /** Validate and submit are answered 403: the user may look but not order. */
  notAllowed?: boolean;
}

export interface NamedScenario {
  /** What a person picking it reads. */
  label: string;
  scenario: Scenario;
}

/** The scenarios by name, in the order pickers list them. */
export const NAMED_SCENARIOS = {
  none: { label: 'Normal', scenario: {} },
  slow: { label: 'Slow (2.5 s per request)', scenario: { slow: 2500 } },
  failSubmit: { label: 'Failing submit (HTTP 500)', scenario: { failSubmit: true } },
  malformedContext: { label: 'Malformed order context', scenario: { malformedContext: true } },
  pricingWithheld: { label: 'Pricing withheld', scenario: { pricingWithheld: true } },
  quoteExpiresSoon: { label: 'Quote expires in 20 s', scenario: { quoteTtlMs: 20_000 } },
  priceChanges: { label: 'Price changes before submit', scenario: { priceChangesBeforeSubmit: true } },
  planChanged: { label: 'Plan changed by someone else', scenario: { planChangedBySomeoneElse: true } },
  submitTimesOut: { label: 'Submit times out after storing the order', scenario: { submitTimesOut: true } },
  confirmationUnreadable: { label: 'Confirmation unreadable', scenario: { confirmationUnreadable: true } },
  sessionExpired: { label: 'Session expired (HTTP 401)', scenario: { sessionExpired: true } },
  notAllowed: { label: 'Not allowed (HTTP 403)', scenario: { notAllowed: true } },
} as const satisfies Record<string, NamedScenario>;

export type ScenarioName = keyof typeof NAMED_SCENARIOS;

export const SCENARIO_NAMES = Object.keys(NAMED_SCENARIOS) as ScenarioName[];

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(NAMED_SCENARIOS, name);
}

/** A fresh copy of the named scenario. */
export function scenarioNamed(name: ScenarioName): Scenario {
  return { ...NAMED_SCENARIOS[name].scenario };
}
