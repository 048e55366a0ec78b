import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  activeElement,
  button,
  catalogueClient,
  click,
  control,
  deepAll,
  fakeBackend,
  headingIs,
  mount,
  next,
  queryButton,
  queryControl,
  settle,
  type,
  until,
  visibleText,
} from '../helpers/harness.js';
import type { LicensePlanWizard } from '../../src/index.js';

/** The product radios on show, in order. */
function productRadios(el: LicensePlanWizard): HTMLInputElement[] {
  return deepAll(el.shadowRoot!).filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.name === 'product');
}

/** The label of a radio, as a person reads it. */
const labelOf = (radio: HTMLInputElement) => radio.labels?.[0]?.textContent?.trim();

/** The Product step's polite live region (the count of matches). */
function countRegion(el: LicensePlanWizard): HTMLElement {
  const step = el.shadowRoot!.querySelector('lpw-step-product')!;
  const region = step.shadowRoot!.querySelector<HTMLElement>('[role="status"]');
  if (!region) throw new Error('the Product step has no status region');
  return region;
}

async function mountCatalogue(count: number) {
  const backend = await fakeBackend();
  const el = await mount({ 'customer-id': 'acme' }, { client: catalogueClient(backend, count) });
  await headingIs(el, 'Product');
  return el;
}

describe('Product step with a big catalogue', () => {
  it('renders 1,000 products as the first 50 radios, each labelled and described, with "Show more"', async () => {
    const el = await mountCatalogue(1000);
    const radios = productRadios(el);
    expect(radios, 'radios rendered at first').to.have.length(50);
    expect(labelOf(radios[0])).to.equal('Catalogue product 1');
    expect(labelOf(radios[49])).to.equal('Catalogue product 50');
    const hint = radios[0].getRootNode() as ShadowRoot;
    const described = hint.getElementById(radios[0].getAttribute('aria-describedby')!);
    expect(described?.textContent, 'the description is the radio’s hint').to.equal('Ordinary plan number 1.');
    expect(visibleText(el), 'how many are shown').to.include('Showing 50 of 1,000.');
    expect(queryButton(el, 'Show 50 more') !== undefined, 'the Show more button').to.equal(true);
  });

  it('offers a labelled native search field that narrows the list as the user types', async () => {
    const el = await mountCatalogue(1000);
    const filter = control(el, 'Filter products');
    expect(filter.type, 'a native search field').to.equal('search');
    await type(filter, 'product 999');
    await settle(el);
    expect(productRadios(el).map(labelOf)).to.deep.equal(['Catalogue product 999']);
    expect(queryButton(el, /^Show \d+ more$/) === undefined, 'no Show more when all matches are shown').to.equal(true);
  });

  it('matches descriptions too, ignoring case', async () => {
    const el = await mountCatalogue(1000);
    await type(control(el, 'Filter products'), 'RECORDING');
    await settle(el);
    const labels = productRadios(el).map(labelOf);
    expect(labels).to.have.length(10);
    expect(labels[0]).to.equal('Catalogue product 100');
    expect(labels[9]).to.equal('Catalogue product 1000');
  });

  it('announces the number of matches once, when typing pauses, in a polite live region', async () => {
    const el = await mountCatalogue(1000);
    const region = countRegion(el);
    expect(region.getAttribute('role'), 'a status region is polite').to.equal('status');
    expect(region.textContent?.trim(), 'nothing announced before typing').to.equal('');
    const announcements: string[] = [];
    const observer = new MutationObserver(() => announcements.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    const typed = 'recording';
    await type(control(el, 'Filter products'), typed);
    await until(el, () => region.textContent?.trim() === 'Matching products: 10 of 1,000.', 'the count is announced');
    observer.disconnect();
    const nonEmpty = announcements.filter((text) => text !== '');
    expect(nonEmpty.length, `announced ${nonEmpty.length} times for ${typed.length} keys`).to.be.lessThan(typed.length);
    expect(nonEmpty.at(-1)).to.equal('Matching products: 10 of 1,000.');
  });

  it('says when nothing matches', async () => {
    const el = await mountCatalogue(1000);
    await type(control(el, 'Filter products'), 'no such product');
    await settle(el);
    expect(productRadios(el)).to.have.length(0);
    expect(visibleText(el)).to.include('No product matches the filter.');
  });

  it('lets the user choose a filtered product and go on with it', async () => {
    const el = await mountCatalogue(1000);
    await type(control(el, 'Filter products'), 'product 999');
    await settle(el);
    await click(el, control(el, 'Catalogue product 999'));
    await next(el);
    await headingIs(el, 'Quantity');
    expect(visibleText(el)).to.include('Catalogue product 999');
  });

  it('is usable from the keyboard: Tab from the filter reaches the radios, arrows choose', async () => {
    const el = await mountCatalogue(1000);
    await type(control(el, 'Filter products'), 'recording');
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(labelOf(activeElement() as HTMLInputElement), 'Tab moves to the first match').to.equal('Catalogue product 100');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const chosen = productRadios(el).filter((radio) => radio.checked);
    expect(chosen.map(labelOf), 'the arrow chose the next match').to.deep.equal(['Catalogue product 200']);
  });

  it('keeps the chosen product in the list, checked, when the filter hides it, and says so', async () => {
    const el = await mountCatalogue(1000);
    await click(el, control(el, 'Catalogue product 3'));
    await type(control(el, 'Filter products'), 'recording');
    await settle(el);
    const radios = productRadios(el);
    expect(labelOf(radios[0]), 'the chosen product comes first').to.equal('Catalogue product 3');
    expect(radios[0].checked, 'and stays checked').to.equal(true);
    expect(radios, 'besides the ten matches').to.have.length(11);
    expect(visibleText(el)).to.include('Your chosen product is kept at the top of the list.');
  });

  it('shows 50 more on request and moves focus to the first of them', async () => {
    const el = await mountCatalogue(1000);
    await click(el, button(el, 'Show 50 more'));
    await settle(el);
    expect(productRadios(el)).to.have.length(100);
    expect(labelOf(activeElement() as HTMLInputElement)).to.equal('Catalogue product 51');
    expect(visibleText(el)).to.include('Showing 100 of 1,000.');
  });

  it('offers no filter for ten products', async () => {
    const el = await mountCatalogue(10);
    expect(productRadios(el)).to.have.length(10);
    expect(queryControl(el, 'Filter products') === undefined, 'no filter field').to.equal(true);
  });

  it('offers the filter from eleven products', async () => {
    const el = await mountCatalogue(11);
    expect(productRadios(el)).to.have.length(11);
    expect(queryControl(el, 'Filter products') !== undefined, 'a filter field').to.equal(true);
  });
});
