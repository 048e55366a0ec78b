import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LpwStepStartDate } from '../../../src/steps.js';
import { context } from '../../model/fixtures.js';
import { cleanUp, labelled, mountStep, viewOf } from './step-fixture.js';

describe('<lpw-step-start-date> on its own', () => {
  afterEach(cleanUp);

  it('labels the date field and states the window it accepts', async () => {
    const { step } = await mountStep<LpwStepStartDate>('lpw-step-start-date', viewOf(context(), 'new'));
    const input = labelled(step, 'Start date');
    expect(input.type, 'a native date field').to.equal('date');
    expect(input.min, 'the earliest date').to.equal('2026-10-01');
    expect(input.max, 'the latest date').to.equal('2027-01-31');
    const hint = step.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!);
    expect(hint?.textContent, 'the window in words').to.contain('October 1, 2026').and.contain('January 31, 2027');
  });

  it('sends each entry up as an edit and changes nothing itself', async () => {
    const mounted = await mountStep<LpwStepStartDate>('lpw-step-start-date', viewOf(context(), 'new'));
    const input = labelled(mounted.step, 'Start date');
    input.focus();
    await sendKeys({ type: '12' });
    const edits = mounted.intents.filter((i) => i.type === 'edit');
    expect(edits.length, 'an edit intent per change').to.be.greaterThan(0);
    expect(mounted.view.state.draft.startDate, 'the view is untouched').to.equal('2026-11-26');
  });

  it('ties a problem to the field: invalid, described by its message', async () => {
    const view = viewOf(context(), 'new', (s) => ({ ...s, step: 'start-date', problems: { startDate: { code: 'not-a-date' } } }));
    const { step } = await mountStep<LpwStepStartDate>('lpw-step-start-date', view);
    const input = labelled(step, 'Start date');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => step.shadowRoot!.getElementById(id)?.textContent ?? '');
    expect(described.join(' '), 'the error is read with the field').to.contain('Enter a real date');
  });
});
