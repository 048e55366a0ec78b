import { expect } from '@open-wc/testing';
import type { LpwStepReferences } from '../../../src/steps.js';
import { changeContext, context } from '../../model/fixtures.js';
import { cleanUp, labelled, mountStep, viewOf } from './step-fixture.js';

describe('<lpw-step-references> on its own', () => {
  afterEach(cleanUp);

  it('offers the cost centers with the default marked and chosen', async () => {
    const { step } = await mountStep<LpwStepReferences>('lpw-step-references', viewOf(context(), 'new'));
    const select = labelled<HTMLSelectElement>(step, 'Cost center');
    const names = Array.from(select.options, (o) => o.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.deep.equal(['Choose a cost center', 'Sales (default)', 'R&D']);
    expect(select.value, 'the default is chosen').to.equal('cc-1');
  });

  it('sends a chosen cost center up as an edit', async () => {
    const mounted = await mountStep<LpwStepReferences>('lpw-step-references', viewOf(context(), 'new'));
    const select = labelled<HTMLSelectElement>(mounted.step, 'Cost center');
    select.value = 'cc-2';
    select.dispatchEvent(new Event('change'));
    expect(mounted.intents).to.deep.equal([{ type: 'edit', patch: { costCenterId: 'cc-2' } }]);
  });

  it('says where cost centers are set up when the customer has none', async () => {
    const view = viewOf(context({ costCenters: [], defaultCostCenterId: null }), 'new');
    const { step } = await mountStep<LpwStepReferences>('lpw-step-references', view);
    expect(step.shadowRoot!.textContent).to.contain('Company settings, Billing section');
    expect(step.shadowRoot!.querySelector('select'), 'no empty list to choose from').to.equal(null);
  });

  it('in change mode asks first, showing the current references', async () => {
    const mounted = await mountStep<LpwStepReferences>('lpw-step-references', viewOf(changeContext(), 'change'));
    const text = mounted.step.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text)
      .to.contain('Change the billing references?')
      .and.contain('Current cost center: R&D. Current purchase ref: PO-7.');
    expect(mounted.step.shadowRoot!.querySelector('select'), 'no field before the answer').to.equal(null);
    labelled(mounted.step, 'Yes').click();
    expect(mounted.intents.at(-1)).to.deep.equal({
      type: 'edit',
      patch: { change: { quantity: null, payment: null, references: true } },
    });
  });
});
