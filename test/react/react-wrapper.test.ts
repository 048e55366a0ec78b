import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { Root } from 'react-dom/client';
import type { LicensePlanWizardProps } from '../../src/react/index.js';
import { LicensePlanWizard as LicensePlanWizardElement, type LicensePlanApiClient } from '../../src/index.js';
import { FakeBackend } from '../../src/mocks/backend.js';
import { button, control, headingIs, settle, until, TODAY } from '../helpers/harness.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let React: typeof import('react');
let ReactDOM: typeof import('react-dom/client');
let Wrapper: typeof import('../../src/react/index.js');

/** Loaded here, not imported above, so a runner that serves React as CommonJS fails with a clear message. */
async function loadReact() {
  try {
    [React, ReactDOM, Wrapper] = await Promise.all([
      import('react'),
      import('react-dom/client'),
      import('../../src/react/index.js'),
    ]);
  } catch (error) {
    throw new Error(
      `React could not be loaded as an ES module (${(error as Error).message}). react and react-dom ship ` +
        'CommonJS only: the test runner needs reactEsm() from test/react/react-esm-plugin.mjs among its plugins, ' +
        'as in web-test-runner.config.mjs.',
      { cause: error },
    );
  }
}

/** A client answering from an in-memory FakeBackend, counting the calls. */
function countingClient() {
  const backend = new FakeBackend({ today: TODAY });
  const calls: string[] = [];
  const client: LicensePlanApiClient = {
    loadContext: async ({ customerId, mode, planId }) => {
      calls.push('load');
      const res = backend.context(customerId, mode, planId);
      if (res.status !== 200) throw new Error(res.body.message);
      return res.body;
    },
    validateOrder: async (order) => (calls.push('validate'), backend.validate(order)),
    submitOrder: async () => {
      calls.push('submit');
      throw new Error('No order is placed in these tests.');
    },
  };
  return { client, calls };
}

/** A real click: the mouse pointer pressed and released over the middle of the element. */
async function realClick(el: Element) {
  el.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

describe('React wrapper (license-plan-wizard/react)', () => {
  let host: HTMLDivElement;
  let root: Root;

  before(loadReact);

  beforeEach(() => {
    // Pages are reused between test files; a draft another file left must not be restored here.
    sessionStorage.clear();
    host = document.createElement('div');
    document.body.append(host);
    root = ReactDOM.createRoot(host);
  });

  afterEach(async () => {
    await React.act(async () => root.unmount());
    host.remove();
    sessionStorage.clear();
  });

  async function render(props: LicensePlanWizardProps) {
    await React.act(async () => root.render(React.createElement(Wrapper.LicensePlanWizard, props)));
    const el = host.querySelector('license-plan-wizard')!;
    await settle(el);
    return el;
  }

  it('renders the element and sets its properties from props', async () => {
    const { client, calls } = countingClient();
    const el = await render({ customerId: 'acme', purchaser: true, locale: 'en-US', client });
    expect(el, 'the wrapper renders the custom element').to.be.instanceOf(LicensePlanWizardElement);
    expect(el.client, 'client set as a property, not an attribute').to.equal(client);
    expect(el.customerId).to.equal('acme');
    await headingIs(el, 'Product');
    expect(calls, 'one context load').to.deep.equal(['load']);
  });

  it('calls onStepChange with the lpw-step-change event after real clicks on a product and Next', async () => {
    const { client } = countingClient();
    const changes: CustomEvent[] = [];
    const el = await render({ customerId: 'acme', purchaser: true, client, onStepChange: (e) => changes.push(e) });
    await headingIs(el, 'Product');
    await realClick(control(el, 'Connect Essentials'));
    await realClick(button(el, 'Next'));
    await until(el, () => changes.length === 1, 'onStepChange called');
    expect(changes[0].type).to.equal('lpw-step-change');
    expect(changes[0].detail, 'the event detail').to.deep.equal({ step: 'quantity' });
    await headingIs(el, 'Quantity');
  });

  it('calls onCancel from a real click on Cancel, and the latest handler after a re-render', async () => {
    const { client } = countingClient();
    const first: CustomEvent[] = [];
    const latest: CustomEvent[] = [];
    await render({ customerId: 'globex', purchaser: true, client, onCancel: (e) => first.push(e) });
    const el = await render({ customerId: 'globex', purchaser: true, client, onCancel: (e) => latest.push(e) });
    await headingIs(el, 'Product');
    await realClick(button(el, 'Cancel'));
    await until(el, () => latest.length === 1, 'onCancel called');
    expect(latest[0].detail, 'nothing chosen, so cancelled at once').to.deep.equal({ reason: 'user', step: 'product' });
    expect(first, 'the replaced handler is not called').to.deep.equal([]);
  });

  it('removes the element on unmount, which aborts its work', async () => {
    const { client, calls } = countingClient();
    const el = await render({ customerId: 'acme', purchaser: true, client });
    await headingIs(el, 'Product');
    await React.act(async () => root.unmount());
    expect(host.querySelector('license-plan-wizard'), 'element removed').to.equal(null);
    expect(el.isConnected).to.be.false;
    expect(calls, 'nothing called after unmount').to.deep.equal(['load']);
    root = ReactDOM.createRoot(host);
  });
});
