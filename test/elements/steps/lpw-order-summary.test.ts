import { expect } from '@open-wc/testing';
import type { LpwOrderSummary } from '../../../src/steps.js';
import { context } from '../../model/fixtures.js';
import { cleanUp, countRenders, mountStep, viewOf } from './step-fixture.js';

describe('<lpw-order-summary> on its own', () => {
  afterEach(cleanUp);

  const onReferences = viewOf(context(), 'new', (s) => ({
    ...s,
    step: 'references',
    reached: 4,
    draft: { ...s.draft, productId: 'users', quantity: '20', cadence: 'monthly' },
  }));

  const shownText = (summary: LpwOrderSummary) =>
    summary.shadowRoot!.querySelector('.wide')!.textContent!.replace(/\s+/g, ' ').trim();

  it('does not render again when only the purchase reference changed', async () => {
    const mounted = await mountStep<LpwOrderSummary>('lpw-order-summary', onReferences);
    const renders = countRenders(mounted.step);
    const { state } = mounted.view;
    await mounted.setView({ ...mounted.view, state: { ...state, draft: { ...state.draft, purchaseRef: 'PO-8' } } });
    expect(renders.count, 'renders after a keystroke in the purchase reference').to.equal(0);
  });

  it('renders the new quantity when the quantity changed', async () => {
    const mounted = await mountStep<LpwOrderSummary>('lpw-order-summary', onReferences);
    expect(shownText(mounted.step), 'before').to.contain('20 licenses');
    const { state } = mounted.view;
    await mounted.setView({ ...mounted.view, state: { ...state, draft: { ...state.draft, quantity: '21' } } });
    expect(shownText(mounted.step), 'after').to.contain('21 licenses');
  });
});
