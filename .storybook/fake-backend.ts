/**
 * The fake Partner Portal behind every story: msw's service worker, started once through
 * msw-storybook-addon's `mswLoader`, and a fresh FakeBackend (src/mocks/) per story render.
 *
 * Stories choose how the backend misbehaves with the `scenario` arg (and `delay` for `slow`).
 * Play functions can reach the backend as `context.loaded.backend`, for example to let a retry
 * succeed after a failure.
 */
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import type { Args, StoryContext } from 'storybook/internal/types';
import { FakeBackend } from '../src/mocks/backend.js';
import { createHandlers } from '../src/mocks/handlers.js';
import { SCENARIO_NAMES, scenarioNamed, type Scenario, type ScenarioName } from '../src/mocks/scenario.js';

/** The backend's idea of today, so dates and prices are the same on every machine. */
export const TODAY = '2026-11-26';

/** The fake backend's named scenarios (src/mocks/scenario.ts), the same as the demo's and `npm run api`'s. */
export const SCENARIOS: readonly ScenarioName[] = SCENARIO_NAMES;
export type { ScenarioName };

/** The args that configure the fake backend (the other args are the wizard's). */
export interface BackendArgs {
  scenario?: ScenarioName;
  /** Milliseconds every answer waits in the `slow` scenario. */
  delay?: number;
}

export interface BackendLoaded {
  backend: FakeBackend;
}

export function scenarioOf({ scenario = 'none', delay = 1500 }: BackendArgs): Scenario {
  if (scenario === 'slow') return { slow: delay };
  return scenarioNamed(scenario);
}

/**
 * msw-storybook-addon 3's default setup still passes msw 2's `onUnhandledRequest`, which msw 3
 * ignores (it is now `onUnhandledFrame`), so the worker is started here instead. The worker URL is
 * relative to iframe.html, so a Storybook published under a sub-path still finds it.
 */
const startMsw = mswLoader(async () => {
  const worker = setupWorker();
  await worker.start({
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  return worker;
});

/**
 * The wizard keeps an unfinished order in sessionStorage, which the preview shares across stories
 * (and with the manager, so only the wizard's own entries are removed).
 */
function forgetDrafts() {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('lpw-draft:')) sessionStorage.removeItem(key);
}

/**
 * Starts msw (once), resets its handlers, and serves a new FakeBackend for this render. Storybook
 * runs loaders again when args change, so a changed scenario gets a fresh backend. Handlers that a
 * story adds in `beforeEach` with `msw.use()` run after this and take precedence. Every render
 * starts without a saved draft, so a story shows the same thing whichever ran before it.
 */
export async function fakeBackendLoader(context: StoryContext): Promise<BackendLoaded> {
  forgetDrafts();
  await startMsw(context);
  const backend = new FakeBackend({ today: TODAY, scenario: scenarioOf(context.args as Args & BackendArgs) });
  context.msw.use(...createHandlers(backend));
  return { backend };
}
