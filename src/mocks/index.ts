/** The fake Partner Portal: data, an in-memory backend and msw handlers that serve it. */
export { FakeBackend, cadenceLabel, quote } from './backend.js';
export type {
  ContextResponse,
  ErrorBody,
  FakeBackendOptions,
  RejectionBody,
  Scenario,
  StoredOrder,
  SubmitResponse,
  ValidateResponse,
} from './backend.js';
export { createHandlers } from './handlers.js';
export { CUSTOMERS, MOCK_DATA, PLANS, PRODUCTS } from './data.js';
export type { MockCustomer, MockData, MockPlan } from './data.js';
