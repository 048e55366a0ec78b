/**
 * The bundle's evaluation defines the wizard and upgrades the elements already in the page; its first
 * render waits for the next task, so evaluation and first render are two tasks, neither of them long
 * (issue 13: no task over 50 ms while the first step renders).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { LicensePlanApiClient, LicensePlanWizard } from '../../src/index.js';
import { heading } from '../helpers/queries.js';
import { context } from '../model/fixtures.js';

const instantClient: LicensePlanApiClient = {
  loadContext: async () => context(),
  validateOrder: () => Promise.reject(new Error('not in this test')),
  submitOrder: () => Promise.reject(new Error('not in this test')),
};

function inserted(): LicensePlanWizard {
  const wizard = document.createElement('license-plan-wizard');
  wizard.purchaser = true;
  wizard.customerId = 'acme';
  wizard.client = instantClient;
  document.body.append(wizard);
  return wizard;
}

/** Lets every queued microtask run, without letting a task run. */
async function drainMicrotasks() {
  for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
}

describe('first render', () => {
  afterEach(() => {
    document.querySelectorAll('license-plan-wizard').forEach((wizard) => wizard.remove());
  });

  it('does not render in the task that inserted the element', async () => {
    const wizard = inserted();
    await drainMicrotasks();
    expect(wizard.hasUpdated).to.equal(false);
    expect(wizard.shadowRoot?.querySelector('[part~="base"]') ?? null).to.equal(null);
  });

  it('renders in a later task, and the first step follows', async () => {
    const wizard = inserted();
    await wizard.updateComplete;
    expect(wizard.shadowRoot?.querySelector('[part~="base"]')).to.exist;
    await waitUntil(() => heading(wizard)?.textContent?.includes('Product'), 'the Product step did not show', { timeout: 10000 });
  });
});
