import { expect } from '@open-wc/testing';
import type { Root } from 'react-dom/client';
import type { LpwBeforeStepChangeDetail } from '../../src/index.js';
import { FakeBackend } from '../../src/mocks/backend.js';
import { button, click, headingIs, inProcessClient, TODAY } from '../helpers/harness.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('React wrapper: host control', () => {
  let React: typeof import('react');
  let root: Root | undefined;
  let host: HTMLDivElement | undefined;
  afterEach(async () => {
    await React.act(async () => root?.unmount());
    host?.remove();
  });

  it('onBeforeStepChange can veto a move, and productId preselects the product', async () => {
    let ReactDOM: typeof import('react-dom/client');
    let LicensePlanWizard: (typeof import('../../src/react/index.js'))['LicensePlanWizard'];
    [React, ReactDOM, { LicensePlanWizard }] = await Promise.all([
      import('react'),
      import('react-dom/client'),
      import('../../src/react/index.js'),
    ]);
    const asked: LpwBeforeStepChangeDetail[] = [];
    let allow = false;
    const onBeforeStepChange = (e: CustomEvent<LpwBeforeStepChangeDetail>) => {
      asked.push(e.detail);
      if (!allow) e.preventDefault();
    };
    host = document.createElement('div');
    document.body.append(host);
    root = ReactDOM.createRoot(host);
    const client = inProcessClient(new FakeBackend({ today: TODAY }));
    await React.act(async () => {
      root!.render(
        React.createElement(LicensePlanWizard, {
          customerId: 'acme',
          purchaser: true,
          noPersist: true,
          productId: 'connect-essentials',
          client,
          onBeforeStepChange,
        }),
      );
    });
    const el = host.querySelector('license-plan-wizard')!;
    await headingIs(el, 'Product');
    await click(el, button(el, 'Next'));
    expect(asked).to.deep.equal([{ from: 'product', to: 'quantity' }]);
    await headingIs(el, 'Product');
    allow = true;
    await click(el, button(el, 'Next'));
    await headingIs(el, 'Quantity');
  });
});
