import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { reactEsm } from './test/react/react-esm-plugin.mjs';

const executablePath = ensureChromium();
const workerScript = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url), 'utf8');

/** Lit's one-line dev-mode notice, which every test file's page would print again. */
const LIT_DEV_MODE_NOTICE = 'Lit is in dev mode. Not recommended for production!';

/** Drops that notice only: every other browser log is shown with its test file. */
function isNotLitDevModeNotice({ args }) {
  const [first] = args;
  return !(typeof first === 'string' && first.startsWith(LIT_DEV_MODE_NOTICE));
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // React ships CommonJS only; reactEsm() serves it to the browser as ES modules for the wrapper test.
  plugins: [reactEsm(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [
    // msw's service worker must be served from the origin root.
    function mockServiceWorker(context, next) {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.body = workerScript;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  filterBrowserLogs: isNotLitDevModeNotice,
  // End-to-end files drive the whole wizard through many steps; on a busy 2-core machine (see
  // `npm run test:stress`) a test can take several times as long as alone.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 600000,
};
