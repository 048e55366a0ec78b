/**
 * Bad input at the element, typed with real key presses where a person could
 * type it: every refusal names the problem at the field and in an alert, keeps
 * the user on the step (Next and Enter alike), sends nothing to the server, and
 * is recoverable by typing a good value.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  TODAY,
  button,
  click,
  control,
  deepAll,
  errorOf,
  heading,
  headingIs,
  mount,
  record,
  type,
  until,
  visibleText,
} from '../helpers/harness.js';
import type { LicensePlanApiClient, LicensePlanWizard } from '../../src/index.js';
import type { LicenseOrder } from '../../src/model/schemas.js';
import { FakeBackend } from '../../src/mocks/backend.js';

/** A client on an in-memory FakeBackend that records the orders it is sent. */
function recordingClient() {
  const backend = new FakeBackend({ today: TODAY });
  const validated: LicenseOrder[] = [];
  const submitted: LicenseOrder[] = [];
  const client: LicensePlanApiClient = {
    loadContext: async (req) => {
      const res = backend.context(req.customerId, req.mode, req.planId);
      if (res.status !== 200) throw new Error(res.body.message);
      return res.body;
    },
    validateOrder: async (order) => (validated.push(order), backend.validate(order)),
    submitOrder: async (order) => {
      submitted.push(order);
      const res = backend.submit(order, order.idempotencyKey);
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
      return res.body;
    },
  };
  return { client, validated, submitted, backend };
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function alertsSaying(el: LicensePlanWizard, text: string): Element[] {
  return deepAll(el.shadowRoot!).filter((e) => e.getAttribute('role') === 'alert' && textOf(e).includes(text));
}

async function next(el: LicensePlanWizard) {
  await click(el, button(el, 'Next'));
}

/** Presses Enter in a field, as a person submitting the step from the keyboard does. */
async function enterIn(el: LicensePlanWizard, field: HTMLInputElement) {
  field.focus();
  await sendKeys({ press: 'Enter' });
  await until(el, () => true, 'settled');
}

/** Sets a value no keyboard can type (a control character) the way an input method or paste would. */
async function setValue(el: LicensePlanWizard, field: HTMLInputElement, value: string) {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(el, () => true, 'settled');
}

/** A refused step: still on it, the field marked and described, the message announced, nothing sent. */
function expectRefused(
  el: LicensePlanWizard,
  field: HTMLInputElement,
  step: string,
  message: string,
  api: ReturnType<typeof recordingClient>,
) {
  expect(heading(el)?.textContent, 'still on the step').to.equal(step);
  expect(field.getAttribute('aria-invalid'), 'marked invalid').to.equal('true');
  expect(errorOf(field), 'the message at the field').to.include(message);
  expect(alertsSaying(el, message).length, `an alert says "${message}"`).to.be.at.least(1);
  expect(api.validated.length + api.submitted.length, 'nothing sent').to.equal(0);
}

async function atQuantity(api: ReturnType<typeof recordingClient>, product = 'Connect Essentials') {
  const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, locale: 'en-US' }, { client: api.client });
  await headingIs(el, 'Product');
  await click(el, control(el, product));
  await next(el);
  await headingIs(el, 'Quantity');
  return el;
}

async function atReferences(api: ReturnType<typeof recordingClient>) {
  const el = await atQuantity(api);
  await type(control(el, 'Quantity'), '40');
  for (const h of ['Payment', 'Start date', 'References']) {
    await next(el);
    await headingIs(el, h);
  }
  return el;
}

describe('bad input', () => {
  // The wizard keeps unfinished orders in sessionStorage; each test starts without one.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  // Every quantity input (empty, '1e3', '010', '١٢', …) is tested against the rule in test/model/rules.test.ts.
  // Here: one case per path a user can take through the field.
  describe('quantity (Connect Essentials: 10 to 2,000; Connect Standard for Microsoft: 42 in use)', () => {
    const cases: { path: string; product?: string; typed: string; says: string; shown?: string }[] = [
      {
        path: 'text the browser reads, refused by the rule',
        typed: '1.5',
        says: 'Licenses are whole: enter a whole number without decimals.',
        shown: '1.5',
      },
      // Text the browser cannot read as a number at all (validity.badInput).
      {
        path: 'text the browser cannot read',
        typed: '1e',
        says: 'Enter the quantity as a whole number using digits only, for example 25.',
      },
      {
        path: 'a number below what the customer uses',
        product: 'Connect Standard for Microsoft',
        typed: '41',
        says: 'The customer uses 42 licenses now, so the plan needs at least 42.',
        shown: '41',
      },
    ];

    for (const { path, product, typed, says, shown } of cases) {
      it(`refuses ${path} (${JSON.stringify(typed)}) on Next and on Enter, and takes a good value after`, async () => {
        const api = recordingClient();
        const el = await atQuantity(api, product);
        const events = record(el);
        const field = control(el, 'Quantity');
        await type(field, typed);
        if (shown !== undefined) expect(field.value, 'what the field holds').to.equal(shown);
        await next(el);
        expectRefused(el, field, 'Quantity', says, api);
        await enterIn(el, control(el, 'Quantity'));
        expectRefused(el, control(el, 'Quantity'), 'Quantity', says, api);
        expect(
          events.filter((e) => e.type === 'lpw-step-change'),
          'no step change',
        ).to.deep.equal([]);
        await type(control(el, 'Quantity'), '50');
        expect(control(el, 'Quantity').getAttribute('aria-invalid'), 'the mark goes once the value is edited').to.equal(null);
        await next(el);
        await headingIs(el, 'Payment');
      });
    }

    it('takes the minimum and the maximum exactly', async () => {
      const api = recordingClient();
      const el = await atQuantity(api);
      await type(control(el, 'Quantity'), '2000');
      await next(el);
      await headingIs(el, 'Payment');
      await click(el, button(el, 'Back'));
      await headingIs(el, 'Quantity');
      await type(control(el, 'Quantity'), '10');
      await next(el);
      await headingIs(el, 'Payment');
    });
  });

  describe('purchase ref', () => {
    it('refuses 101 characters and takes 100', async () => {
      const api = recordingClient();
      const el = await atReferences(api);
      const ref = control(el, 'Your purchase ref');
      await type(ref, 'x'.repeat(101));
      await next(el);
      expectRefused(el, ref, 'References', 'Your purchase ref can be at most 100 characters long.', api);
      await type(control(el, 'Your purchase ref'), 'x'.repeat(100));
      await next(el);
      await headingIs(el, 'Review');
    });

    it('counts the ref without surrounding spaces, and sends it trimmed', async () => {
      const api = recordingClient();
      const el = await atReferences(api);
      await type(control(el, 'Your purchase ref'), `  ${'y'.repeat(100)}  `);
      await next(el);
      await headingIs(el, 'Review');
      await until(el, () => api.validated.length === 1, 'validated');
      expect(api.validated[0].purchaseRef).to.equal('y'.repeat(100));
    });

    it('accepts only spaces as no ref: "None" on Review and an empty ref in the order', async () => {
      const api = recordingClient();
      const el = await atReferences(api);
      const events = record(el);
      await type(control(el, 'Your purchase ref'), '     ');
      expect(control(el, 'Your purchase ref').value).to.equal('     ');
      await next(el);
      await headingIs(el, 'Review');
      const row = deepAll(el.shadowRoot!).find((e) => e.localName === 'tr' && textOf(e).startsWith('Your purchase ref'));
      expect(row && textOf(row), 'Review row').to.include('None');
      await until(el, () => visibleText(el).includes('Total'), 'quote');
      expect(api.validated.map((o) => o.purchaseRef)).to.deep.equal(['']);
      await click(el, control(el, /I confirm that I am authorized/));
      await click(el, button(el, 'Place order'));
      await headingIs(el, 'Order placed');
      expect(api.submitted.map((o) => o.purchaseRef)).to.deep.equal(['']);
      expect(events.find((e) => e.type === 'lpw-order-placed')?.detail.order.purchaseRef).to.equal('');
    });

    for (const [what, value] of [
      ['a bell (U+0007)', 'PO\u00071'],
      ['a tab', 'PO\t1'],
      ['a NUL', '\u0000'],
      ['a C1 control (U+009F)', 'PO-1\u009f'],
      ['DEL (U+007F)', 'PO\u007f'],
    ] as const) {
      it(`refuses ${what}, then takes the ref typed again`, async () => {
        const api = recordingClient();
        const el = await atReferences(api);
        const ref = control(el, 'Your purchase ref');
        await setValue(el, ref, value);
        expect(ref.value, 'the control character is in the field').to.equal(value);
        await next(el);
        expectRefused(
          el,
          ref,
          'References',
          'Your purchase ref cannot contain line breaks, tabs or other control characters.',
          api,
        );
        await enterIn(el, control(el, 'Your purchase ref'));
        expect(heading(el)?.textContent, 'Enter is refused too').to.equal('References');
        await type(control(el, 'Your purchase ref'), 'PO-1');
        await next(el);
        await headingIs(el, 'Review');
        await until(el, () => api.validated.length === 1, 'validated');
        expect(api.validated[0].purchaseRef).to.equal('PO-1');
      });
    }
  });
});
