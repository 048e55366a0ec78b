// The repo's test runner config plus React served as ES modules, for the React wrapper's tests:
//   npx wtr --config test/react/web-test-runner.config.mjs
// (Once web-test-runner.config.mjs itself uses reactEsm(), `npm test` runs them too.)
import base from '../../web-test-runner.config.mjs';
import { reactEsm } from './react-esm-plugin.mjs';

export default {
  ...base,
  files: ['test/react/**/*.test.ts'],
  plugins: [reactEsm(), ...base.plugins],
};
