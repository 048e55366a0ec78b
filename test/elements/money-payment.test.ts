/** Payment as cards: the amount per billing period, the unit price and the saving, over native radios. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  activeElement,
  control,
  deepAll,
  fakeBackend,
  headingIs,
  mount,
  next,
  toQuantityOf,
  type,
  visibleText,
} from '../helpers/harness.js';
import type { LicensePlanWizard } from '../../src/index.js';

/** A new order for acme: Connect Standard for Microsoft × 60, on to Payment. */
async function toPayment(el: LicensePlanWizard) {
  await toQuantityOf(el, 'Connect Standard for Microsoft');
  await type(control(el, 'Quantity'), '60');
  await next(el);
  await headingIs(el, 'Payment');
}

/** The text a radio's aria-describedby points to (its card's details, and its error). */
function description(radio: HTMLInputElement): string {
  const root = radio.getRootNode() as ShadowRoot;
  return (radio.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('money: Payment cards', () => {
  it('says each amount with its period, the unit price per license per month and the saving against monthly', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toPayment(el);
    expect(description(control(el, 'Monthly'))).to.equal('€750.00 per month €12.50 per license per month.');
    expect(description(control(el, '1-year prepay'))).to.equal(
      '€8,280.00 per year, paid in advance €11.50 per license per month. €720.00 less than paying monthly',
    );
    expect(description(control(el, '3-year prepay'))).to.equal(
      '€22,680.00 every 3 years, paid in advance €10.50 per license per month. €4,320.00 less than paying monthly',
    );
  });

  it('shows the amount per billing period in bold', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toPayment(el);
    const amount = deepAll(el.shadowRoot!).find((e) => e.textContent?.trim() === '€8,280.00 per year, paid in advance')!;
    expect(Number(getComputedStyle(amount).fontWeight), 'bold').to.be.at.least(700);
  });

  it('keeps native radios: arrow keys move the choice, and a click anywhere on a card picks it', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toPayment(el);
    const monthly = control(el, 'Monthly');
    expect(monthly.type).to.equal('radio');
    expect(monthly.checked, 'monthly is the default').to.be.true;
    monthly.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeElement()).to.equal(control(el, '1-year prepay'));
    expect(control(el, '1-year prepay').checked).to.be.true;
    const card = control(el, '3-year prepay').closest('.card') as HTMLElement;
    const box = card.getBoundingClientRect();
    // The card's far corner: no radio and no label text there.
    const hit = (card.getRootNode() as ShadowRoot).elementFromPoint(box.right - 4, box.bottom - 4) as HTMLElement;
    hit.click();
    await el.updateComplete;
    expect(control(el, '3-year prepay').checked, 'the card picks its radio').to.be.true;
  });

  it('with pricing withheld: one note says why, and no amount appears', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US', 'pricing-withheld': true });
    await toPayment(el);
    const text = visibleText(el);
    const note = 'Prices are not shown for this organization. Your Pexip account manager can tell you more.';
    expect(text.split(note).length - 1, 'the note once').to.equal(1);
    expect(text).not.to.match(/€|per license per month|paying monthly/);
  });
});
