/** The endpoints, parameters, headers and responses of openapi.json (the schemas come from zod). */
import { MODES } from '../src/model/schemas.js';

type Json = Record<string, unknown>;

const schemaRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const responseRef = (id: string) => ({ $ref: `#/components/responses/${id}` });
const parameterRef = (id: string) => ({ $ref: `#/components/parameters/${id}` });
const json = (schema: Json) => ({ content: { 'application/json': { schema } } });

const MESSAGE = {
  type: 'object',
  properties: { message: { type: 'string', description: 'For logs and hosts; the wizard never shows it as is.' } },
  required: ['message'],
};
const REJECTION = {
  type: 'object',
  properties: { errors: { type: 'array', items: schemaRef('FieldError') } },
  required: ['errors'],
};

/** Responses, parameters and the bearer scheme that several endpoints share. */
export function reusable(): Json {
  const message = (description: string) => ({ description, ...json(schemaRef('Message')) });
  return {
    securitySchemes: {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description:
          "Sent as the host configures it (the `Authorization` header of the wizard's HTTP client). A server may also rely on cookies.",
      },
    },
    parameters: {
      CustomerId: {
        name: 'customerId',
        in: 'path',
        required: true,
        schema: { type: 'string', minLength: 1 },
        description: 'The customer the order is for.',
      },
      AcceptLanguage: {
        name: 'Accept-Language',
        in: 'header',
        required: false,
        schema: { type: 'string' },
        example: 'nb-NO, nb;q=0.9, en;q=0.5',
        description:
          "The wizard's locale. Text the server writes (product descriptions, quote line labels, messages) should be in it where the server can; product names stay as they are. Ignoring it is allowed.",
      },
    },
    responses: {
      BadRequest: message('The request is malformed (not JSON, a missing parameter or header). A definite refusal.'),
      Unauthorized: message(
        'No valid session or token. The wizard says that the session has ended, keeps the draft, and fires `lpw-error` with `status: 401` so the host can sign the user in again.',
      ),
      Forbidden: message(
        'The user may not do this. The wizard says so, keeps the draft, and fires `lpw-error` with `status: 403`.',
      ),
      NotFound: message('No such customer, or no such plan of the customer.'),
      RequestTimeout: message(
        'The server gave up. For submit the outcome is unknown: the wizard offers Try again with the same Idempotency-Key.',
      ),
      TooManyRequests: message(
        'Too many requests. For submit the outcome is unknown: the wizard offers Try again with the same Idempotency-Key.',
      ),
      ServerError: message(
        'The server failed. For submit the outcome is unknown: the wizard offers Try again with the same Idempotency-Key.',
      ),
      Conflict: { description: 'Refused now although valid when checked.', ...json(schemaRef('Conflict')) },
      Rejected: {
        description: 'The order breaks the rules: errors per field. The wizard takes the user to the first field with one.',
        ...json(schemaRef('Rejection')),
      },
    },
  };
}

const failures = {
  '400': responseRef('BadRequest'),
  '401': responseRef('Unauthorized'),
  '403': responseRef('Forbidden'),
  '404': responseRef('NotFound'),
  '408': responseRef('RequestTimeout'),
  '429': responseRef('TooManyRequests'),
  '5XX': responseRef('ServerError'),
};

const orderBody = { required: true, ...json(schemaRef('LicenseOrder')) };

export function paths(): Json {
  const customer = '/customers/{customerId}';
  return {
    [`${customer}/license-order-context`]: {
      parameters: [parameterRef('CustomerId'), parameterRef('AcceptLanguage')],
      get: {
        operationId: 'loadContext',
        summary: 'The order context: products, usage, cost centers, the start-date window and, in change mode, the plan',
        parameters: [
          { name: 'mode', in: 'query', required: true, schema: { type: 'string', enum: [...MODES] } },
          {
            name: 'planId',
            in: 'query',
            required: false,
            schema: { type: 'string' },
            description: 'Required when mode is change: the plan to change.',
          },
        ],
        responses: { '200': { description: 'The context.', ...json(schemaRef('OrderContext')) }, ...failures },
      },
    },
    [`${customer}/license-orders/validate`]: {
      parameters: [parameterRef('CustomerId'), parameterRef('AcceptLanguage')],
      post: {
        operationId: 'validateOrder',
        summary: 'Checks an order and prices it; places nothing',
        description: 'A refusal may come as 200 `{ ok: false, errors }` or as 422 `{ errors }`; the wizard treats both the same.',
        requestBody: orderBody,
        responses: {
          '200': { description: 'The result of the check, with a quote when it is ok.', ...json(schemaRef('ValidationResult')) },
          '409': { ...responseRef('Conflict'), description: 'plan-changed: the order carries an older `planVersion`.' },
          '422': responseRef('Rejected'),
          ...failures,
        },
      },
    },
    [`${customer}/license-orders`]: {
      parameters: [parameterRef('CustomerId'), parameterRef('AcceptLanguage')],
      post: {
        operationId: 'submitOrder',
        summary: 'Places an order',
        description:
          'Idempotent by `Idempotency-Key`: a request with a key the server has seen answers the stored confirmation and places nothing, also when the first answer was lost. The wizard resends the same body with the same key after a time-out, a lost connection, 408, 429 or 5xx.',
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            schema: { type: 'string', minLength: 1 },
            description: "The same as the body's `idempotencyKey`; one key per draft.",
          },
        ],
        requestBody: orderBody,
        responses: {
          '201': { description: 'The order is placed (or was, for a key seen before).', ...json(schemaRef('OrderConfirmation')) },
          '409': { ...responseRef('Conflict'), description: 'quote-expired, price-changed or plan-changed.' },
          '422': responseRef('Rejected'),
          ...failures,
        },
      },
    },
  };
}

/** Bodies that are not contract schemas of the wizard but belong to the HTTP API. */
export const HTTP_SCHEMAS: Record<string, Json> = { Message: MESSAGE, Rejection: REJECTION };
