/**
 * Every amount says its period in en, nb, de and fr. The nb, de and fr cases pass once the lead has
 * applied translations/money.json to the catalogues (until then those strings show in English).
 */
import { expect } from '@open-wc/testing';
import { click, deepAll, fakeBackend, mount, settle, type, until } from '../helpers/harness.js';
import type { LicensePlanWizard } from '../../src/index.js';

const PERIODS: Record<string, { next: string; monthly: string; year: string; threeYears: string; unit: string }> = {
  en: {
    next: 'Next',
    monthly: 'per month',
    year: 'per year, paid in advance',
    threeYears: 'every 3 years, paid in advance',
    unit: 'per license per month',
  },
  nb: {
    next: 'Neste',
    monthly: 'per måned',
    year: 'per år, forskuddsbetalt',
    threeYears: 'per 3 år, forskuddsbetalt',
    unit: 'per lisens per måned',
  },
  de: {
    next: 'Weiter',
    monthly: 'pro Monat',
    year: 'pro Jahr, im Voraus bezahlt',
    threeYears: 'alle 3 Jahre, im Voraus bezahlt',
    unit: 'pro Lizenz und Monat',
  },
  fr: {
    next: 'Suivant',
    monthly: 'par mois',
    year: "par an, payé d'avance",
    threeYears: "tous les 3 ans, payé d'avance",
    unit: 'par licence et par mois',
  },
};

const byId = (el: LicensePlanWizard, id: string) => deepAll(el.shadowRoot!).find((e): e is HTMLInputElement => e.id === id)!;
const primary = (el: LicensePlanWizard) =>
  deepAll(el.shadowRoot!).find((e): e is HTMLButtonElement => e.getAttribute('part') === 'primary-button')!;
const headingOf = (el: LicensePlanWizard) => deepAll(el.shadowRoot!).find((e) => e.localName === 'h2')?.textContent;

/** The card text of a cadence (what its radio's description reads). */
function card(el: LicensePlanWizard, cadence: string): string {
  const radio = byId(el, `cadence-${cadence}`);
  const details = (radio.getRootNode() as ShadowRoot).getElementById(`cadence-${cadence}-details`);
  return (details?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('money: period words in every language', () => {
  for (const [locale, words] of Object.entries(PERIODS)) {
    it(`${locale}: each amount on Payment says its period`, async () => {
      await fakeBackend();
      const el = await mount({ 'customer-id': 'acme', locale });
      // product-0 is Connect Standard for Microsoft, the first product in acme's catalogue.
      await until(el, () => byId(el, 'product-0') && primary(el).textContent?.trim() === words.next, `products in ${locale}`);
      await click(el, byId(el, 'product-0'));
      await click(el, primary(el));
      await until(el, () => byId(el, 'quantity'), 'quantity');
      await type(byId(el, 'quantity'), '60');
      await click(el, primary(el));
      await until(el, () => byId(el, 'cadence-monthly'), `payment (heading ${headingOf(el)})`);
      await settle(el);
      // card() collapses white space, the no-break spaces Intl writes included.
      const money = (euros: number) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(euros).replace(/\s+/g, ' ');
      expect(card(el, 'monthly')).to.include(`${money(750)} ${words.monthly}`);
      expect(card(el, 'prepay-1y')).to.include(`${money(8280)} ${words.year}`);
      expect(card(el, 'prepay-3y')).to.include(`${money(22680)} ${words.threeYears}`);
      expect(card(el, 'monthly')).to.include(`${money(12.5)} ${words.unit}`);
    });
  }
});
