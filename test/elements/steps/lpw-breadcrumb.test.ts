import { expect } from '@open-wc/testing';
import type { LpwBreadcrumb } from '../../../src/index.js';
import { context } from '../../model/fixtures.js';
import { cleanUp, mountStep, viewOf } from './step-fixture.js';

describe('<lpw-breadcrumb> on its own', () => {
  afterEach(cleanUp);

  const onPayment = viewOf(context(), 'new', (s) => ({ ...s, step: 'payment', reached: 2 }));

  it('marks the current step with aria-current="step"', async () => {
    const { step: crumb } = await mountStep<LpwBreadcrumb>('lpw-breadcrumb', onPayment);
    const current = crumb.shadowRoot!.querySelectorAll('[aria-current]');
    expect(current.length, 'exactly one current step').to.equal(1);
    expect(current[0].getAttribute('aria-current')).to.equal('step');
    expect(current[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 3 of 6: Payment');
  });

  it('lets completed steps be opened, and only those', async () => {
    const mounted = await mountStep<LpwBreadcrumb>('lpw-breadcrumb', onPayment);
    const buttons = Array.from(mounted.step.shadowRoot!.querySelectorAll('ol button'));
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Step 1 of 6: Product, completed',
      'Step 2 of 6: Quantity, completed',
    ]);
    (buttons[1] as HTMLButtonElement).click();
    expect(mounted.intents).to.deep.equal([{ type: 'go', step: 'quantity' }]);
  });

  it('lists the four steps of change mode', async () => {
    const { step: crumb } = await mountStep<LpwBreadcrumb>('lpw-breadcrumb', viewOf(context({ plan: null }), 'change'));
    expect(crumb.shadowRoot!.querySelectorAll('ol li').length).to.equal(4);
  });
});
