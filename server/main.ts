/**
 * `npm run api`: the fake Partner Portal as a real HTTP server on this machine.
 *
 *   npm run api -- [--port 8787] [--host 127.0.0.1] [--token TOKEN] [--scenario NAME]
 *                  [--today YYYY-MM-DD] [--base /api] [--cors-origin ORIGIN]… [--broken FAULT]…
 *
 * It prints its URL and port, and keeps its orders and idempotency keys until it stops.
 */
import { parseArgs } from 'node:util';
import { helpIfAsked, usageError } from '../checker/cli.js';
import { FakeBackend } from '../src/mocks/backend.js';
import { isScenarioName, NAMED_SCENARIOS, SCENARIO_NAMES, scenarioNamed } from '../src/mocks/scenario.js';
import { FAULTS, isFault, type Fault } from './faults.js';
import { createReferenceServer, stopReferenceServer } from './http-server.js';

const USAGE = `Usage: npm run api -- [options]

  --port N             port to listen on (default 8787; 0 picks a free one)
  --host HOST          address to listen on (default 127.0.0.1)
  --base PATH          path of the API (default /api)
  --token TOKEN        require "Authorization: Bearer TOKEN" (401 without it)
  --scenario NAME      start with a named scenario: ${SCENARIO_NAMES.join(', ')}
  --today YYYY-MM-DD   the backend's idea of today (default: the local date)
  --cors-origin ORIGIN a page origin besides this machine's that may call the API (repeatable)
  --broken FAULT       build in a fault on purpose, for testing the checker: ${FAULTS.join(', ')} (repeatable)
  --help               show this text`;

function fail(message: string): never {
  return usageError(message, USAGE);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: '/api' },
    token: { type: 'string' },
    scenario: { type: 'string', default: 'none' },
    today: { type: 'string' },
    'cors-origin': { type: 'string', multiple: true, default: [] },
    broken: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

helpIfAsked(values.help, USAGE);

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
const scenarioName = values.scenario;
if (!isScenarioName(scenarioName)) fail(`There is no scenario "${scenarioName}".`);
const faults: Fault[] = [];
for (const name of values.broken.flatMap((list) => list.split(','))) {
  if (!isFault(name)) fail(`There is no fault "${name}".`);
  faults.push(name);
}

let backend: FakeBackend;
try {
  backend = new FakeBackend({ today: values.today, token: values.token, scenario: scenarioNamed(scenarioName) });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const server = createReferenceServer({ backend, basePath: values.base, corsOrigins: values['cors-origin'], faults });
server.listen(port, values.host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const host = values.host.includes(':') ? `[${values.host}]` : values.host;
  const url = `http://${host}:${actualPort}${values.base.replace(/\/+$/, '')}`;
  process.stdout.write(`Reference Partner Portal API listening on ${url} (port ${actualPort})\n`);
  process.stdout.write(`Scenario: ${NAMED_SCENARIOS[scenarioName].label}`);
  if (values.token) process.stdout.write('; bearer token required');
  if (faults.length) process.stdout.write(`; BROKEN ON PURPOSE: ${faults.join(', ')}`);
  process.stdout.write('\n');
});

function shutDown() {
  stopReferenceServer(server).then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
