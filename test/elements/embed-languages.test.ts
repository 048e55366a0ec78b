import { expect, fixture, html } from '@open-wc/testing';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { button, click, control, deepAll, fakeBackend, headingIs, settle, type } from '../helpers/harness.js';
import { templates as nb } from '../../src/locales/nb.js';
import { templates as fr } from '../../src/locales/fr.js';
import { templates as de } from '../../src/locales/de.js';
import { formattersFor } from '../../src/localization/format.js';
import { CUSTOMERS, PRODUCTS } from '../../src/mocks/data.js';
import { describeProduct, quoteLineLabel } from '../../src/mocks/text.js';
import type { LicensePlanWizard } from '../../src/index.js';

const CATALOGUES = { nb, fr, de } as const;
type Lang = keyof typeof CATALOGUES;

/** A message of a catalogue, found by its English source as @lit/localize does (by the source's id). */
function word(lang: Lang, english: string): string {
  const translated = (CATALOGUES[lang] as TemplateMap)[generateMsgId(english, false)];
  if (typeof translated !== 'string') throw new Error(`"${english}" has no plain ${lang} translation`);
  return translated;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every message of a catalogue as a pattern: placeholders match any text. */
function patterns(lang: Lang): RegExp[] {
  return Object.values(CATALOGUES[lang] as TemplateMap).map((template) => {
    if (typeof template === 'string') return new RegExp(`^${escape(normalize(template))}$`);
    const { strings } = template as { strings: readonly string[] };
    return new RegExp(`^${strings.map((s) => escape(normalize(s))).join(' ?(.+?) ?')}$`);
  });
}

/**
 * What the wizard shows that is not its own text: names from the backend, the server's text in the
 * language (product descriptions, the quote's line; the fake backend writes them per Accept-Language),
 * and dates in the language.
 */
function dataIn(lang: Lang): Set<string> {
  const acme = CUSTOMERS.find((c) => c.id === 'acme')!;
  const data = new Set<string>([
    ...PRODUCTS.flatMap((p) => [p.name, describeProduct(p.id, p.description, lang) ?? '']),
    quoteLineLabel(40, 'Connect Essentials', 'monthly', lang),
    acme.name,
    ...acme.costCenters.map((c) => c.name),
    'PO-2026-118',
  ]);
  const fmt = formattersFor(lang);
  for (let day = new Date('2026-09-01'); day < new Date('2028-01-01'); day.setUTCDate(day.getUTCDate() + 1)) {
    data.add(fmt.date(day.toISOString().slice(0, 10)));
  }
  return data;
}

/**
 * Every text the wizard shows (text nodes, aria-labels) that is not written in `lang`: each must be a
 * message of its catalogue or data, or be inside an element whose whole text is one (a sentence with
 * numbers, names or other messages in it). Returns the texts that are not.
 */
function notIn(lang: Lang, wizard: LicensePlanWizard): string[] {
  const messages = patterns(lang);
  const data = dataIn(lang);
  const isOwn = (text: string) => {
    const t = normalize(text);
    if (!t || !/\p{L}/u.test(t) || data.has(t)) return true;
    return messages.some((m) => m.test(t));
  };
  const stray: string[] = [];
  for (const el of deepAll(wizard.shadowRoot!)) {
    if (el.localName === 'style') continue;
    const label = el.getAttribute('aria-label');
    if (label && !isOwn(label)) stray.push(`[aria-label] ${label}`);
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !normalize(node.textContent!)) continue;
      let covered = isOwn(node.textContent!);
      for (let at: Element | null = el; at && !covered; at = at.parentElement) covered = isOwn(at.textContent!);
      if (!covered) stray.push(normalize(node.textContent!));
    }
  }
  return stray;
}

/** How many texts of the wizard are messages of `lang`'s catalogue (not data): shows the check had something to check. */
function messagesShown(lang: Lang, wizard: LicensePlanWizard): number {
  const messages = patterns(lang);
  return deepAll(wizard.shadowRoot!).filter((el) => {
    const own = normalize(
      Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(' '),
    );
    return own && messages.some((m) => m.test(own));
  }).length;
}

async function expectInOwnLanguage(wizards: Partial<Record<Lang, LicensePlanWizard>>, where: string) {
  for (const [lang, wizard] of Object.entries(wizards) as [Lang, LicensePlanWizard][]) {
    await settle(wizard);
    expect(notIn(lang, wizard), `${where}: texts of the ${lang} wizard not in ${lang}`).to.deep.equal([]);
    expect(messagesShown(lang, wizard), `${where}: ${lang} messages shown`).to.be.greaterThan(2);
  }
}

/** Wizards for acme side by side, one per language, added to the page in the same task. */
async function mountSideBySide(langs: Lang[]): Promise<Record<string, LicensePlanWizard>> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const wizards: Record<string, LicensePlanWizard> = {};
  for (const lang of langs) {
    const el = document.createElement('license-plan-wizard');
    for (const [k, v] of Object.entries({
      'api-base-url': '/api',
      purchaser: '',
      'customer-id': 'acme',
      locale: lang,
      'no-persist': '',
    }))
      el.setAttribute(k, v);
    wizards[lang] = el;
  }
  page.append(...Object.values(wizards));
  return wizards;
}

describe('two wizards on one page, each in its own language', () => {
  it('nb and fr each show every text, number, date and plural in their own language through a whole order', async () => {
    await fakeBackend();
    const wizards = await mountSideBySide(['nb', 'fr']);
    const steps = ['Quantity', 'Payment', 'Start date', 'References', 'Review'];
    for (const [lang, el] of Object.entries(wizards) as [Lang, LicensePlanWizard][]) await headingIs(el, word(lang, 'Product'));
    await expectInOwnLanguage(wizards, 'Product');
    for (const step of steps) {
      for (const [lang, el] of Object.entries(wizards) as [Lang, LicensePlanWizard][]) {
        if (step === 'Quantity') await click(el, control(el, 'Connect Essentials'));
        if (step === 'Payment') await type(control(el, word(lang, 'Quantity')), '40');
        if (step === 'Review') await type(control(el, word(lang, 'Your purchase ref')), 'PO-2026-118');
      }
      // Both move in the same task, so their elements render interleaved.
      for (const [lang, el] of Object.entries(wizards) as [Lang, LicensePlanWizard][]) button(el, word(lang, 'Next')).click();
      for (const [lang, el] of Object.entries(wizards) as [Lang, LicensePlanWizard][]) await headingIs(el, word(lang, step));
      await expectInOwnLanguage(wizards, step);
    }
    for (const el of Object.values(wizards)) {
      const box = deepAll(el.shadowRoot!).find(
        (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'checkbox',
      )!;
      await click(el, box);
    }
    await expectInOwnLanguage(wizards, 'Review with the quote');
    // Numbers and plurals: 40 licenses in each language's words and digits.
    const nbText = normalize(wizards.nb.shadowRoot!.textContent!);
    expect(deepAll(wizards.nb.shadowRoot!).map((e) => normalize(e.textContent!))).to.include('40 lisenser');
    expect(deepAll(wizards.fr.shadowRoot!).map((e) => normalize(e.textContent!))).to.include('40 licences');
    expect(nbText).not.to.include('licences');

    // One of them switches language; the other keeps its own.
    wizards.fr.setAttribute('locale', 'de');
    await headingIs(wizards.fr, word('de', 'Review'));
    await expectInOwnLanguage({ nb: wizards.nb, de: wizards.fr }, 'after fr → de');
    await click(wizards.nb, button(wizards.nb, word('nb', 'Back')));
    await headingIs(wizards.nb, word('nb', 'References'));
    await expectInOwnLanguage({ nb: wizards.nb, de: wizards.fr }, 'nb back to References');
  });
});
