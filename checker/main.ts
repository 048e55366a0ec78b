/**
 * license-plan-wizard-check: checks a Partner Portal API against the wizard's contract.
 *
 *   npx license-plan-wizard-check --base-url URL --customer ID [--plan ID]
 *       [--header 'Authorization: Bearer …']… [--place-orders] [--json] [--timeout MS]
 *
 * Read-only unless --place-orders is given. Exits 1 when any check fails, 2 for bad arguments.
 */
import { parseArgs } from 'node:util';
import { helpIfAsked, usageError } from './cli.js';
import { formatTable, hasFailures } from './result.js';
import { runChecks } from './run.js';

const USAGE = `Usage: license-plan-wizard-check --base-url URL --customer ID [options]

  --base-url URL     the API's base URL, e.g. https://staging.portal.example/api
  --customer ID      a customer to load the order context for
  --plan ID          a plan of that customer, for the change-mode checks
  --header 'N: V'    a header to send with every request, e.g. Authorization (repeatable)
  --place-orders     also validate and PLACE ORDERS (for staging servers only)
  --json             print the results as JSON
  --timeout MS       time limit per request (default 10000)
  --help             show this text`;

function fail(message: string): never {
  return usageError(message, USAGE);
}

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    customer: { type: 'string' },
    plan: { type: 'string' },
    header: { type: 'string', multiple: true, default: [] },
    'place-orders': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '10000' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

helpIfAsked(values.help, USAGE);
const baseUrl = values['base-url'];
const customerId = values.customer;
if (!baseUrl || !URL.canParse(baseUrl)) fail('--base-url must be an absolute URL.');
if (!customerId) fail('--customer is required.');
const timeoutMs = Number(values.timeout);
if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) fail('--timeout must be a positive whole number of milliseconds.');

const headers: Record<string, string> = {};
for (const line of values.header) {
  const colon = line.indexOf(':');
  if (colon <= 0) fail(`--header must be written "Name: value", not "${line}".`);
  headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
}

if (values['place-orders']) {
  process.stderr.write(
    [
      '',
      '!!! WARNING: --place-orders PLACES REAL ORDERS on this server (one or more new plans for',
      `!!! customer "${customerId}"). Run it against a staging server only, never production.`,
      '',
    ].join('\n') + '\n',
  );
}

const results = await runChecks({
  baseUrl,
  customerId,
  planId: values.plan,
  headers,
  timeoutMs,
  fetch: globalThis.fetch,
  placeOrders: values['place-orders'],
});

if (values.json) process.stdout.write(`${JSON.stringify({ baseUrl, customerId, results }, null, 2)}\n`);
else process.stdout.write(`${formatTable(results)}\n`);
process.exit(hasFailures(results) ? 1 : 0);
