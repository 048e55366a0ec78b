/** The fake Partner Portal: data, an in-memory backend and msw handlers that serve it. */
export { FakeBackend, PRICE_RISE, QUOTE_TTL_MS } from './backend.js';
export type { FakeBackendOptions } from './backend.js';
export { quote, billingFor } from './pricing.js';
export type { QuoteOptions } from './pricing.js';
export { cadenceLabel, negotiateLocale, BACKEND_LOCALES } from './text.js';
export type { BackendLocale } from './text.js';
export type {
  ConflictBody,
  ContextResponse,
  Delivery,
  ErrorBody,
  RejectionBody,
  StoredOrder,
  SubmitResponse,
  ValidateResponse,
} from './responses.js';
export { NAMED_SCENARIOS, SCENARIO_NAMES, isScenarioName, scenarioNamed } from './scenario.js';
export type { NamedScenario, Scenario, ScenarioName } from './scenario.js';
export { answer } from './routes.js';
export type { ApiAnswer, ApiRequest } from './routes.js';
export { createHandlers } from './handlers.js';
export { CUSTOMERS, MOCK_DATA, PLANS, PRODUCTS } from './data.js';
export type { MockCustomer, MockData, MockPlan } from './data.js';
