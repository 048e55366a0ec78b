import { expect } from '@open-wc/testing';
import { click, control, button, headingIs, inProcessClient, mount, type } from '../helpers/harness.js';
import { FakeBackend } from '../../src/mocks/backend.js';

// No msw here: a pagehide would end msw's worker client for the rest of the file.

const client = inProcessClient(new FakeBackend({ today: '2026-11-26' }));
const attrs = { 'customer-id': 'acme', 'api-base-url': false };

/** Mounts a wizard, chooses Connect Essentials and presses Next (the step change's save still waits for idle time). */
async function nextFromProduct() {
  const el = await mount(attrs, { client });
  await headingIs(el, 'Product');
  await click(el, control(el, 'Connect Essentials'));
  await click(el, button(el, 'Next'));
  return el;
}

const drafts = () => Object.keys(sessionStorage).filter((k) => k.startsWith('lpw-draft'));

describe('draft saved on pagehide', () => {
  it('keeps what is typed in the current step when the page goes away', async () => {
    const el = await nextFromProduct();
    await headingIs(el, 'Quantity');
    await type(control(el, 'Quantity'), '77');
    dispatchEvent(new PageTransitionEvent('pagehide'));
    const stored = Object.entries(sessionStorage).find(([k]) => k.startsWith('lpw-draft'));
    expect(stored, 'a draft is stored').to.exist;
    expect(JSON.parse(stored![1]).draft.quantity).to.equal('77');
    const again = await mount(attrs, { client }, true);
    await headingIs(again, 'Quantity');
    expect(control(again, 'Quantity').value).to.equal('77');
  });

  it('makes on pagehide the save a step change left for idle time', async () => {
    await nextFromProduct();
    expect(drafts(), 'the save still waits').to.deep.equal([]);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(drafts().length, 'saved on pagehide').to.equal(1);
    const again = await mount(attrs, { client }, true);
    await headingIs(again, 'Quantity');
  });
});
