import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LpwStepQuantity } from '../../../src/index.js';
import { edit } from '../../../src/model/draft.js';
import { context } from '../../model/fixtures.js';
import { cleanUp, labelled, mountStep, viewOf } from './step-fixture.js';

describe('<lpw-step-quantity> on its own', () => {
  afterEach(cleanUp);

  const withUsers = () => {
    const ctx = context();
    return viewOf(ctx, 'new', (s) => ({ ...edit(s, ctx, { productId: 'users' }), step: 'quantity' }));
  };

  it('starts at the minimum the usage allows, with the range as the hint', async () => {
    const { step } = await mountStep<LpwStepQuantity>('lpw-step-quantity', withUsers());
    const input = labelled(step, 'Quantity');
    expect(input.value, 'usage 12 is above the product minimum 5').to.equal('12');
    expect(input.min).to.equal('12');
    const hint = step.shadowRoot!.getElementById('quantity-hint');
    expect(hint?.textContent).to.contain('A whole number from 12 to 500.');
  });

  it('sends what is typed up as an edit', async () => {
    const mounted = await mountStep<LpwStepQuantity>('lpw-step-quantity', withUsers());
    const input = labelled(mounted.step, 'Quantity');
    input.select();
    input.focus();
    await sendKeys({ type: '3' });
    expect(mounted.intents.at(-1)).to.deep.equal({ type: 'edit', patch: { quantity: '3' } });
  });

  it('offers the way out to reduce subscriptions when the customer uses licenses', async () => {
    const mounted = await mountStep<LpwStepQuantity>('lpw-step-quantity', withUsers());
    const reduce = Array.from(mounted.step.shadowRoot!.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Cancel and reduce subscriptions'),
    );
    expect(reduce, 'the way out is a button').to.exist;
    reduce!.click();
    expect(mounted.intents).to.deep.equal([{ type: 'reduce-usage' }]);
  });
});
