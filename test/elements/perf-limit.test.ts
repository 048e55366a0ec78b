import { expect } from '@open-wc/testing';
import { catalogueClient, fakeBackend, heading, headingIs, mount, visibleText } from '../helpers/harness.js';
import { MAX_PRODUCTS } from '../../src/model/limits.js';

const LOAD_FAILED = 'The order details could not be loaded';

let errors: { kind: string; message: string }[] = [];
const onError = (e: Event) => errors.push((e as CustomEvent).detail);

/** Mounts a wizard whose catalogue has `count` products; `errors` records its lpw-error events from the start. */
async function mountWithProducts(count: number) {
  const backend = await fakeBackend();
  const el = await mount({ 'customer-id': 'acme' }, { client: catalogueClient(backend, count) });
  return { el, errors };
}

describe('the hard limit on the catalogue', () => {
  beforeEach(() => {
    errors = [];
    document.addEventListener('lpw-error', onError);
  });
  afterEach(() => document.removeEventListener('lpw-error', onError));

  it('refuses one product over the limit on the load-error panel, and as lpw-error kind load', async () => {
    const { el, errors } = await mountWithProducts(MAX_PRODUCTS + 1);
    await headingIs(el, LOAD_FAILED);
    const refusal = 'The catalogue has 2,001 products, more than the 2,000 this wizard can show.';
    expect(visibleText(el)).to.include(refusal);
    expect(heading(el)!.closest('section')!.getAttribute('role'), 'the panel is an alert').to.equal('alert');
    expect(errors.map((error) => error.kind)).to.deep.equal(['load']);
    expect(errors[0].message).to.include(refusal);
  });

  it('refuses 10,000 products the same way', async () => {
    const { el, errors } = await mountWithProducts(10_000);
    await headingIs(el, LOAD_FAILED);
    expect(visibleText(el)).to.include('The catalogue has 10,000 products');
    expect(errors.map((error) => error.kind)).to.deep.equal(['load']);
  });

  it('shows a catalogue of exactly the limit', async () => {
    const { el, errors } = await mountWithProducts(MAX_PRODUCTS);
    await headingIs(el, 'Product');
    expect(errors).to.deep.equal([]);
  });
});
