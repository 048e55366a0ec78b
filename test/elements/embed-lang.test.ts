import { expect, fixture, html } from '@open-wc/testing';
import { fakeBackend, headingIs, settle } from '../helpers/harness.js';
import type { LicensePlanWizard } from '../../src/index.js';

/** A wizard inside the shadow root of a host element: `<section lang=…>` → shadow root → `<div>` → wizard. */
async function wizardInShadowRoot(hostLang: string | null) {
  const section = await fixture<HTMLElement>(html`<section></section>`);
  if (hostLang) section.setAttribute('lang', hostLang);
  const shadow = section.attachShadow({ mode: 'open' });
  const div = document.createElement('div');
  shadow.append(div);
  const el = document.createElement('license-plan-wizard');
  for (const [k, v] of Object.entries({ 'api-base-url': '/api', purchaser: '', 'customer-id': 'acme', 'no-persist': '' }))
    el.setAttribute(k, v);
  div.append(el);
  await settle(el);
  return { section, div, el };
}

describe('without locale, the wizard follows the nearest lang', () => {
  it('through a shadow root, and follows a change of that lang', async () => {
    await fakeBackend();
    const { section, el } = await wizardInShadowRoot('de');
    await headingIs(el, 'Produkt');
    section.setAttribute('lang', 'fr');
    await headingIs(el, 'Produit');
    section.setAttribute('lang', 'en');
    await headingIs(el, 'Product');
  });

  it('up to <html lang> when nothing closer has one, and follows it', async () => {
    await fakeBackend();
    document.documentElement.lang = 'nb';
    try {
      const { el } = await wizardInShadowRoot(null);
      await headingIs(el, 'Produkt');
      expect(el.shadowRoot!.textContent).to.include('Neste');
      document.documentElement.lang = 'fr';
      await headingIs(el, 'Produit');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('a lang inside the shadow root, closer than the host’s, wins; locale wins over both', async () => {
    await fakeBackend();
    const { div, el } = await wizardInShadowRoot('de');
    div.setAttribute('lang', 'fr');
    // A lang added later on a closer ancestor is seen at the wizard's next update (not observed).
    el.requestUpdate();
    await headingIs(el, 'Produit');
    el.setAttribute('locale', 'nb');
    await headingIs(el, 'Produkt');
    div.setAttribute('lang', 'de');
    await settle(el as LicensePlanWizard);
    expect(el.shadowRoot!.textContent, 'locale is kept').to.include('Neste');
  });

  it('notices a move under another lang when it is reconnected', async () => {
    await fakeBackend();
    const { el } = await wizardInShadowRoot('de');
    await headingIs(el, 'Produkt');
    const french = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    french.append(el);
    await headingIs(el, 'Produit');
  });
});
