import { expect } from '@open-wc/testing';
import { FakeBackend } from '../../src/mocks/backend.js';
import type { LicensePlanApiClient, OrderContext } from '../../src/index.js';
import {
  TODAY,
  button,
  click,
  deepAll,
  heading,
  headingIs,
  inProcessClient,
  mount,
  queryAnswer,
  visibleText,
} from '../helpers/harness.js';

/** Change mode for a plan whose only allowed cadence is its own: there is nothing to ask on Payment. */
function fixedCadenceClient(backend: FakeBackend): LicensePlanApiClient {
  return {
    ...inProcessClient(backend),
    loadContext: async ({ customerId, mode, planId }) => {
      const context = backend.context(customerId, mode, planId).body as OrderContext;
      const plan = context.plan!;
      return { ...context, plan: { ...plan, allowedCadences: [plan.cadence] } };
    },
  };
}

const stepNames = (el: Element) => {
  const nav = deepAll(el.shadowRoot!).find((e) => e.localName === 'nav')!;
  return Array.from(nav.querySelectorAll('li'), (li) => li.textContent!.match(/(Quantity|Payment|References|Review)/)![1]);
};

describe('change mode when the plan can only keep its cadence', () => {
  it('skips the payment question, and Review shows the cadence as unchanged with nothing to edit', async () => {
    const backend = new FakeBackend({ today: TODAY });
    const el = await mount(
      { 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1' },
      { client: fixedCadenceClient(backend) },
    );
    await headingIs(el, 'Quantity');
    expect(stepNames(el), 'no Payment step').to.deep.equal(['Quantity', 'References', 'Review']);
    const yes = queryAnswer(el, 'Change the number of licenses?', true)!;
    await click(el, yes);
    await click(el, button(el, 'Next'));
    await headingIs(el, 'References');
    expect(heading(el)!.textContent, 'Next goes from Quantity straight to References').to.equal('References');
    const no = queryAnswer(el, 'Change the billing references?', false)!;
    await click(el, no);
    await click(el, button(el, 'Next'));
    await headingIs(el, 'Review');
    const paymentRow = deepAll(el.shadowRoot!).find(
      (e) => e.localName === 'tr' && e.querySelector('th')?.textContent?.trim() === 'Payment',
    )!;
    expect(paymentRow.textContent, 'the cadence, unchanged').to.include('(unchanged)');
    expect(paymentRow.querySelector('button'), 'no Edit link to a step that is not there').to.equal(null);
    expect(visibleText(el)).not.to.include('Change the payment plan?');
  });
});
