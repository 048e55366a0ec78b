/** Failures and notes: an alert in the error colour without HTTP detail; each problem said once; waiting shown. */
import { expect } from '@open-wc/testing';
import { FakeBackend } from '../../src/mocks/backend.js';
import type { LicensePlanApiClient, OrderContext, ValidationResult } from '../../src/index.js';
import {
  button,
  click,
  control,
  deepAll,
  errorOf,
  fakeBackend,
  headingIs,
  inProcessClient,
  mount,
  next,
  TODAY,
  toQuantityOf,
  toReview,
  type,
  until,
  visibleText,
} from '../helpers/harness.js';

const ERROR_RGB = 'rgb(179, 38, 30)';
const alerts = (el: Element) =>
  deepAll(el.shadowRoot!).filter((e) => e.getAttribute('role') === 'alert' && !e.classList.contains('summary'));

/** A promise and the function that settles it, so a test decides when a call answers. */
function gate<T>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('money: errors, notes and waiting', () => {
  it('a failed placing is an alert in the error colour, with its icon, and no HTTP status', async () => {
    await fakeBackend({ scenario: { failSubmit: true } });
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toReview(el);
    await until(el, () => !visibleText(el).includes('Checking the order'), 'the check');
    await click(el, control(el, /I confirm that I am authorized/));
    await click(el, button(el, 'Place order'));
    await until(el, () => alerts(el).length > 0, 'an alert');
    const [alert] = alerts(el);
    const style = getComputedStyle(alert);
    expect(style.borderInlineStartColor, 'error border, not the info colour').to.equal(ERROR_RGB);
    const message = alert.querySelector('.error')!;
    expect(getComputedStyle(message).color).to.equal(ERROR_RGB);
    expect(getComputedStyle(message, '::before').content, 'an icon').to.include('⚠');
    expect(alert.textContent).to.include('The Partner Portal could not complete the request.');
    expect(visibleText(el)).not.to.match(/HTTP|\b500\b/);
  });

  it('information keeps the info styling', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US', 'pricing-withheld': true });
    await headingIs(el, 'Product');
    await click(el, control(el, 'Connect Essentials'));
    await next(el);
    await next(el);
    await headingIs(el, 'Payment');
    const note = deepAll(el.shadowRoot!).find((e) => e.classList.contains('note'))!;
    expect(note.getAttribute('role'), 'not an alert').to.equal(null);
    expect(getComputedStyle(note).borderInlineStartColor).not.to.equal(ERROR_RGB);
  });

  it('says "below usage" once, at the quantity field', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toQuantityOf(el, 'Connect Standard for Microsoft');
    await type(control(el, 'Quantity'), '41');
    await next(el);
    const quantity = control(el, 'Quantity');
    expect(errorOf(quantity)).to.include('The customer uses 42 licenses now');
    // Outside the error summary (which lists every problem as a link to its field), it is said once.
    const outsideSummary = deepAll(el.shadowRoot!)
      .filter((e) => !e.closest('.summary') && e.localName === 'p')
      .map((e) => e.textContent ?? '')
      .join(' ');
    expect(outsideSummary.match(/uses 42/g)?.length, 'once').to.equal(1);
    expect(outsideSummary).not.to.include('so the plan needs at least 42. To buy fewer');
    expect(button(el, 'Cancel and reduce subscriptions'), 'the way out stays').to.exist;
  });

  it('the first load shows a skeleton of the step on a busy panel', async () => {
    const backend = new FakeBackend({ today: TODAY });
    const load = gate<OrderContext>();
    const client: LicensePlanApiClient = { ...inProcessClient(backend), loadContext: () => load.promise };
    const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, locale: 'en-US' }, { client });
    const panel = deepAll(el.shadowRoot!).find((e) => e.getAttribute('part') === 'panel')!;
    expect(panel.getAttribute('aria-busy')).to.equal('true');
    expect(panel.querySelector('[role=status]')!.textContent).to.equal('Loading the order details…');
    expect(panel.querySelectorAll('.skeleton .bar').length).to.be.at.least(3);
    load.open(backend.context('acme', 'new').body as OrderContext);
    await headingIs(el, 'Product');
    expect(
      deepAll(el.shadowRoot!).some((e) => e.getAttribute('aria-busy') === 'true'),
      'no longer busy',
    ).to.be.false;
  });

  it('checking shows a progress indicator next to its text', async () => {
    const backend = new FakeBackend({ today: TODAY });
    const check = gate<ValidationResult>();
    const client: LicensePlanApiClient = { ...inProcessClient(backend), validateOrder: () => check.promise };
    const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, locale: 'en-US' }, { client });
    await toReview(el);
    const status = deepAll(el.shadowRoot!).find(
      (e) => e.getAttribute('role') === 'status' && e.textContent?.includes('Checking the order'),
    )!;
    const spinner = getComputedStyle(status, '::before');
    expect(spinner.animationName).to.equal('lpw-spin');
    expect(spinner.display).to.equal('inline-block');
    check.open({ ok: true, quote: null });
  });
});
