import { expect } from '@open-wc/testing';
import { LicensePlanWizard } from '../../src/index.js';
import { LpwStepReview } from '../../src/steps.js';

it('loading the standalone bundle next to the library does not throw and keeps the first definition', async () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error);
  addEventListener('error', onError);
  try {
    // Built by `npm test` before the tests run.
    const standalone = await import(/* @vite-ignore */ `${location.origin}/dist/license-plan-wizard.js`);
    expect(standalone.LicensePlanWizard, 'a second, separate copy').not.to.equal(LicensePlanWizard);
    expect(customElements.get('license-plan-wizard'), 'the first definition stays').to.equal(LicensePlanWizard);
    expect(customElements.get('lpw-step-review'), 'the later steps keep the first definition too').to.equal(LpwStepReview);
  } finally {
    removeEventListener('error', onError);
  }
  expect(errors).to.deep.equal([]);
});
