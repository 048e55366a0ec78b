// The README's Lit snippet: an ancestor provides the client through apiClientContext, and the wizard
// (with neither `client` nor `api-base-url`) uses it.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextProvider } from '@lit/context';
import { apiClientContext, type LicensePlanApiClient } from '../../src/index.js';
import { FakeBackend } from '../../src/mocks/backend.js';
import { headingIs, inProcessClient, settle } from '../helpers/harness.js';

let provided: LicensePlanApiClient;

class PortalShell extends LitElement {
  constructor() {
    super();
    new ContextProvider(this, { context: apiClientContext, initialValue: provided });
  }
  protected override render() {
    return litHtml`<license-plan-wizard customer-id="acme" purchaser></license-plan-wizard>`;
  }
}
customElements.define('test-portal-shell', PortalShell);

it('takes its client from an ancestor that provides apiClientContext', async () => {
  sessionStorage.clear();
  const calls: string[] = [];
  const base = inProcessClient(new FakeBackend({ today: '2026-11-26' }));
  provided = { ...base, loadContext: (req, init) => (calls.push(req.customerId), base.loadContext(req, init)) };
  const shell = await fixture<PortalShell>(html`<test-portal-shell></test-portal-shell>`);
  const wizard = shell.shadowRoot!.querySelector('license-plan-wizard')!;
  await settle(wizard);
  await headingIs(wizard, 'Product');
  expect(calls).to.deep.equal(['acme']);
});
