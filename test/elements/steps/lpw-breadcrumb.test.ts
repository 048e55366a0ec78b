import { expect } from '@open-wc/testing';
import type { LpwBreadcrumb } from '../../../src/index.js';
import { context } from '../../model/fixtures.js';
import { cleanUp, countRenders, mountStep, viewOf } from './step-fixture.js';

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

  it('does not render again when only the draft changed (a keystroke in Quantity)', async () => {
    const mounted = await mountStep<LpwBreadcrumb>('lpw-breadcrumb', onPayment);
    const renders = countRenders(mounted.step);
    const { state } = mounted.view;
    await mounted.setView({ ...mounted.view, state: { ...state, draft: { ...state.draft, quantity: '12' } } });
    expect(renders.count, 'renders after a new view with only the quantity changed').to.equal(0);
  });

  it('renders again when the current step changes', async () => {
    const mounted = await mountStep<LpwBreadcrumb>('lpw-breadcrumb', onPayment);
    const renders = countRenders(mounted.step);
    await mounted.setView({ ...mounted.view, state: { ...mounted.view.state, step: 'start-date', reached: 3 } });
    expect(renders.count, 'renders after the step changed').to.equal(1);
    const current = mounted.step.shadowRoot!.querySelector('[aria-current]')!;
    expect(current.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 4 of 6: Start date');
  });

  it('lists the four steps of change mode', async () => {
    const { step: crumb } = await mountStep<LpwBreadcrumb>('lpw-breadcrumb', viewOf(context({ plan: null }), 'change'));
    expect(crumb.shadowRoot!.querySelectorAll('ol li').length).to.equal(4);
  });
});
