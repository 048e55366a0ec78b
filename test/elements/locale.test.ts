import { expect } from '@open-wc/testing';
import {
  button,
  click,
  control,
  deepAll,
  fakeBackend,
  heading,
  headingIs,
  mount,
  queryButton,
  type,
  until,
  visibleText,
  essentialsThrough,
} from '../helpers/harness.js';
import type { LicensePlanWizard } from '../../src/index.js';

const LANGS = {
  en: { next: 'Next', quantity: 'Quantity', payment: 'Payment', licenses: '60 licenses', one: '1 license' },
  nb: { next: 'Neste', quantity: 'Antall', payment: 'Betaling', licenses: '60 lisenser', one: '1 lisens' },
  de: { next: 'Weiter', quantity: 'Anzahl', payment: 'Zahlung', licenses: '60 Lizenzen', one: '1 Lizenz' },
  fr: { next: 'Suivant', quantity: 'Quantité', payment: 'Paiement', licenses: '60 licences', one: '1 licence' },
} as const;

async function setLocale(el: LicensePlanWizard, locale: string) {
  el.setAttribute('locale', locale);
  await until(
    el,
    () =>
      heading(el)?.textContent !== undefined &&
      queryButton(el, (LANGS as Record<string, { next: string }>)[locale]?.next ?? 'Next'),
    `locale ${locale} shown`,
  );
}

const loadedLocaleFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/src\/locales\/(nb|de|fr)\./.test(n));

// The unbundled dev build fetches hundreds of modules; keep every resource entry.
performance.setResourceTimingBufferSize(100000);

describe('localization', () => {
  it('loads no translation until one is needed', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await headingIs(el, 'Product');
    expect(loadedLocaleFiles()).to.deep.equal([]);
  });

  it('switches en → nb → de → fr mid-order without losing the draft, changing strings and formats', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await headingIs(el, 'Product');
    await click(el, control(el, 'Connect Standard for Microsoft'));
    await click(el, button(el, 'Next'));
    await headingIs(el, 'Quantity');
    await type(control(el, 'Quantity'), '60');
    await click(el, button(el, 'Next'));
    await headingIs(el, 'Payment');
    const englishText = visibleText(el);
    expect(englishText).to.include('€12.50');
    for (const [locale, t] of Object.entries(LANGS).filter(([l]) => l !== 'en')) {
      await setLocale(el, locale);
      await headingIs(el, t.payment);
      const text = visibleText(el);
      expect(text, `${locale}: plural from Intl.PluralRules`).to.include(t.licenses);
      expect(text, `${locale}: no English left`).not.to.match(/\bNext\b|\bCancel\b|per license per month|How is the plan paid/);
      expect(text, `${locale}: money formatted for the locale`).to.match(/12,50\s?€/);
      expect(
        loadedLocaleFiles().some((n) => n.includes(`/locales/${locale}.`)),
        `${locale} file loaded on demand`,
      ).to.be.true;
    }
    await click(el, button(el, 'Retour'));
    await headingIs(el, LANGS.fr.quantity);
    expect(control(el, LANGS.fr.quantity).value, 'draft kept across locale switches').to.equal('60');
    await setLocale(el, 'en-GB');
    await headingIs(el, 'Quantity');
    expect(control(el, 'Quantity').value).to.equal('60');
  });

  it('formats dates with Intl for the locale', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'de-DE' });
    await headingIs(el, 'Produkt');
    await essentialsThrough(el, ['Anzahl', 'Zahlung', 'Startdatum'], 'Weiter');
    expect(visibleText(el)).to.include('1. Oktober 2026');
  });

  it('uses the nearest lang attribute when no locale is set', async () => {
    await fakeBackend();
    document.documentElement.lang = 'nb';
    try {
      const el = await mount({ 'customer-id': 'acme' });
      await headingIs(el, 'Produkt');
      expect(queryButton(el, 'Neste')).to.exist;
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('falls back to English for an unknown locale, with a single console warning', async () => {
    await fakeBackend();
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount({ 'customer-id': 'acme', locale: 'xx-YY' });
      await headingIs(el, 'Product');
      el.setAttribute('locale', 'en');
      await headingIs(el, 'Product');
      el.setAttribute('locale', 'xx-YY');
      await headingIs(el, 'Product');
      expect(queryButton(el, 'Next')).to.exist;
    } finally {
      console.warn = original;
    }
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0][0])).to.include('xx-YY');
  });

  it('passes axe in German', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'de' });
    await headingIs(el, 'Produkt');
    await expect(el).to.be.accessible();
    expect(
      deepAll(el.shadowRoot!)
        .find((e) => e.localName === 'nav')!
        .getAttribute('aria-label'),
    ).not.to.equal('Order steps');
  });
});
