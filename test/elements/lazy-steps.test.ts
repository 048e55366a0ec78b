/**
 * The later steps load on demand (src/elements/lazy-steps.ts), tested on the built standalone
 * bundle (run `npm run build` first), each page in a frame of its own so that each starts without
 * them. msw's service worker serves the bundle and its chunk from dist/ and can hold back the
 * context or the chunk, to reach the moments between.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { bypass, http } from 'msw';
import { deepAll, heading, TODAY } from '../helpers/harness.js';
import { matches, textOf, type Name } from '../helpers/queries.js';
import { FakeBackend } from '../../src/mocks/backend.js';
import { createHandlers } from '../../src/mocks/handlers.js';
import type { LicensePlanWizard } from '../../src/index.js';

/** A response held until the test lets it go. */
class Gate {
  #open!: () => void;
  opened = new Promise<void>((resolve) => {
    this.#open = resolve;
  });
  open() {
    this.#open();
  }
}

const OPEN = new Gate();
OPEN.open();

let chunkGate = OPEN;
/** While set, the chunk is answered with a server error. */
let chunkFails = false;
/** While set, the schemas' chunk is answered with a server error. */
let schemasFail = false;
let contextGate = OPEN;
/** The later steps' chunks requested, each with the heading the page showed at that moment. */
let chunkRequests: { path: string; headingThen: string | undefined }[] = [];
let currentPage: { wizard: Element } | undefined;

const headingText = (wizard: Element) => heading(wizard)?.textContent?.trim();

// The harness's queries check `instanceof` against this page's classes; these pages are frames.
/** The open button named `name`. */
function button(wizard: Element, name: Name): HTMLButtonElement {
  const found = deepAll(wizard.shadowRoot!).find(
    (el) => el.localName === 'button' && matches(textOf(el), name) && !el.closest('dialog:not([open])'),
  );
  if (!found) throw new Error(`No button named ${name}`);
  return found as HTMLButtonElement;
}

/** The control labelled `name`. */
function control(wizard: Element, name: Name): HTMLInputElement {
  const label = deepAll(wizard.shadowRoot!).find((el) => el.localName === 'label' && matches(textOf(el), name));
  const found = (label as HTMLLabelElement | undefined)?.control;
  if (!found) throw new Error(`No control labelled ${name}`);
  return found as HTMLInputElement;
}

const worker = setupWorker(
  http.get('/cdn/lpw.js', () => fetch(bypass('/dist/license-plan-wizard.js'))),
  http.get('/cdn/:chunk', async ({ params }) => {
    const chunk = params.chunk as string;
    // The later steps' chunk is held or failed here; the schemas' chunk (the first call's) passes.
    const laterSteps = chunk.includes('lazy-chunk');
    if (chunk.includes('schemas') && schemasFail) {
      return new Response('', { status: 503, headers: { 'Cache-Control': 'no-store' } });
    }
    if (laterSteps) {
      chunkRequests.push({ path: chunk, headingThen: currentPage && headingText(currentPage.wizard) });
      await chunkGate.opened;
    }
    if (laterSteps && chunkFails) {
      return new Response('', { status: 503, headers: { 'Cache-Control': 'no-store' } });
    }
    const file = await fetch(bypass(`/dist/${chunk}`));
    // Not kept by the browser's caches: the next frame must ask again.
    return new Response(file.body, { headers: { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' } });
  }),
  // Holds the context; returning nothing hands the request on to the fake backend's handlers.
  http.get('/api/customers/*', async () => {
    await contextGate.opened;
  }),
  ...createHandlers(new FakeBackend({ today: TODAY })),
);

before(async () => {
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
});
after(() => worker.stop());

beforeEach(() => {
  sessionStorage.clear();
  chunkGate = OPEN;
  chunkFails = false;
  schemasFail = false;
  contextGate = OPEN;
  chunkRequests = [];
});

/** How long one wait may take: the bundle, its chunk and a frame load on a busy two-core machine. */
const WAIT_MS = 20000;

/** A page of its own that loads the bundle and shows one new-order wizard for acme. */
async function page(wizardAttributes = '') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 700px';
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <license-plan-wizard api-base-url="/api" customer-id="acme" purchaser ${wizardAttributes}></license-plan-wizard>
    <script type="module" src="/cdn/lpw.js"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const wizard = frame.contentDocument!.querySelector('license-plan-wizard') as LicensePlanWizard;
  currentPage = { wizard };
  const headingIs = (name: string) =>
    waitUntil(() => headingText(wizard) === name, `heading "${name}" (is "${headingText(wizard)}")`, { timeout: WAIT_MS });
  const shows = (text: string) => deepAll(wizard.shadowRoot!).some((e) => e.textContent?.trim() === text);
  /** The focused element in the frame, followed through shadow roots. */
  const focused = () => {
    let el = frame.contentDocument!.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  return { frame, wizard, headingIs, shows, focused };
}

describe('the later steps, loaded on demand', function () {
  // Each test waits several times in a row (see WAIT_MS).
  this.timeout(60000);

  it('are not requested before the first step shows, and are requested after it without a click', async () => {
    contextGate = new Gate();
    const p = await page('no-persist');
    try {
      await waitUntil(() => p.wizard.shadowRoot && p.shows('Loading the order details…'), 'the loading state', {
        timeout: WAIT_MS,
      });
      expect(chunkRequests, 'nothing requested while the first step is not there').to.deep.equal([]);
      contextGate.open();
      await p.headingIs('Product');
      await waitUntil(() => chunkRequests.length > 0, 'the chunk requested in the background', { timeout: WAIT_MS });
      expect(chunkRequests, 'one request, made once Product was shown').to.have.length(1);
      expect(chunkRequests[0].headingThen).to.equal('Product');
      await waitUntil(() => p.frame.contentWindow!.customElements.get('lpw-step-payment'), 'the later steps defined', {
        timeout: WAIT_MS,
      });
    } finally {
      p.frame.remove();
    }
  });

  it('a change order, which starts on Quantity, asks for them while its context loads', async () => {
    contextGate = new Gate();
    const p = await page('no-persist mode="change" plan-id="plan-acme-1"');
    try {
      await waitUntil(() => chunkRequests.length > 0, 'the chunk requested before the context is in', { timeout: WAIT_MS });
      expect(chunkRequests, 'one request').to.have.length(1);
      expect(chunkRequests[0].headingThen, 'asked for while no step was shown').to.equal(undefined);
      contextGate.open();
      await p.headingIs('Quantity');
    } finally {
      p.frame.remove();
    }
  });

  it('the schemas, loaded beside the first call: a failed load says so, and Try again loads them', async () => {
    schemasFail = true;
    const p = await page('no-persist');
    try {
      await p.headingIs('The order details could not be loaded');
      expect(p.shows('The Partner Portal could not be reached. Check the connection and try again.'), 'a network failure').to.be
        .true;
      schemasFail = false;
      button(p.wizard, 'Try again').click();
      await p.headingIs('Product');
    } finally {
      p.frame.remove();
    }
  });

  it('their arrival does not move the first step: Next stays where it was', async () => {
    chunkGate = new Gate();
    const p = await page('no-persist');
    try {
      await p.headingIs('Product');
      const before = button(p.wizard, 'Next').getBoundingClientRect();
      chunkGate.open();
      await waitUntil(() => p.frame.contentWindow!.customElements.get('lpw-order-summary'), 'the later steps defined', {
        timeout: WAIT_MS,
      });
      // Two frames: the summary's first update, then the layout it leads to.
      for (let frame = 0; frame < 2; frame += 1) await new Promise((done) => p.frame.contentWindow!.requestAnimationFrame(done));
      const after = button(p.wizard, 'Next').getBoundingClientRect();
      expect({ x: after.x, y: after.y }, 'Next did not move').to.deep.equal({ x: before.x, y: before.y });
    } finally {
      p.frame.remove();
    }
  });

  it('a step reached before they loaded shows the loading state, then the step with focus on its heading', async () => {
    chunkGate = new Gate();
    const p = await page('no-persist product-id="connect-essentials" quantity="40"');
    try {
      await p.headingIs('Product');
      button(p.wizard, 'Next').click();
      await waitUntil(() => p.shows('Loading the order details…'), 'the loading state on Quantity', { timeout: WAIT_MS });
      expect(heading(p.wizard), 'no heading until Quantity is there').to.equal(undefined);
      chunkGate.open();
      await p.headingIs('Quantity');
      await waitUntil(() => p.focused() === heading(p.wizard), 'focus on the Quantity heading', { timeout: WAIT_MS });
      expect(p.shows('Loading the order details…'), 'the loading state is gone').to.be.false;
    } finally {
      p.frame.remove();
    }
  });

  it('a step whose chunk cannot be loaded says so, and Try again loads it', async () => {
    chunkFails = true;
    const p = await page('no-persist product-id="connect-essentials" quantity="40"');
    const warnings: unknown[] = [];
    (p.frame.contentWindow as Window & typeof globalThis).console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await p.headingIs('Product');
      // The load in the background fails first, so each load below is one of its own.
      await waitUntil(() => warnings.length > 0, 'the background load failed', { timeout: WAIT_MS });
      button(p.wizard, 'Next').click();
      const failed = 'This step could not be loaded. Check the connection and try again.';
      await waitUntil(() => p.shows(failed), 'the failure said on Quantity', { timeout: WAIT_MS });
      const alert = deepAll(p.wizard.shadowRoot!).find((e) => e.getAttribute('role') === 'alert');
      expect(alert?.textContent, 'said as an alert').to.include(failed);
      chunkFails = false;
      button(p.wizard, 'Try again').click();
      await p.headingIs('Quantity');
      expect(p.shows(failed), 'the failure is gone').to.be.false;
      expect(warnings, 'each failed load is reported to the console').to.not.be.empty;
    } finally {
      p.frame.remove();
    }
  });

  it('a stored draft is brought back by them: a failed load says so, and Try again restores the draft', async () => {
    const first = await page('product-id="connect-essentials"');
    try {
      await first.headingIs('Product');
      button(first.wizard, 'Next').click();
      await first.headingIs('Quantity');
      const quantity = control(first.wizard, 'Quantity');
      quantity.value = '37';
      quantity.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    } finally {
      // Removing the element saves the draft, as leaving the page does.
      first.frame.remove();
    }
    chunkFails = true;
    chunkRequests = [];
    const restored = await page();
    const warnings: unknown[] = [];
    (restored.frame.contentWindow as Window & typeof globalThis).console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const failed = 'This step could not be loaded. Check the connection and try again.';
      await waitUntil(() => restored.shows(failed), 'the failure said in place of the step', { timeout: WAIT_MS });
      expect(heading(restored.wizard), 'no step shown without the draft').to.equal(undefined);
      expect(chunkRequests, 'the chunk was asked for before any step was shown').to.not.be.empty;
      chunkFails = false;
      button(restored.wizard, 'Try again').click();
      await restored.headingIs('Quantity');
      expect(control(restored.wizard, 'Quantity').value, 'the typed quantity is back').to.equal('37');
      expect(restored.shows('Your unfinished order was restored.'), 'the restored note').to.be.true;
      expect(warnings, 'the failed load is reported to the console').to.not.be.empty;
    } finally {
      restored.frame.remove();
    }
  });

  it('a restored draft that lands on Review shows Review once they load, and can be ordered', async () => {
    const first = await page('product-id="connect-essentials" quantity="40"');
    try {
      await first.headingIs('Product');
      for (const step of ['Quantity', 'Payment', 'Start date', 'References', 'Review']) {
        button(first.wizard, 'Next').click();
        await first.headingIs(step);
      }
    } finally {
      first.frame.remove();
    }
    chunkGate = new Gate();
    chunkRequests = [];
    const restored = await page();
    try {
      await waitUntil(() => chunkRequests.length > 0, 'the chunk requested for Review', { timeout: WAIT_MS });
      expect(heading(restored.wizard), 'no heading until Review is there').to.equal(undefined);
      expect(restored.shows('Loading the order details…'), 'the loading state meanwhile').to.be.true;
      chunkGate.open();
      await restored.headingIs('Review');
      await waitUntil(() => button(restored.wizard, 'Place order').getAttribute('aria-disabled') === null, 'the order checked', {
        timeout: WAIT_MS,
      });
      control(restored.wizard, /I confirm that I am authorized/).click();
      const placed = new Promise((resolve) => restored.wizard.addEventListener('lpw-order-placed', resolve, { once: true }));
      button(restored.wizard, 'Place order').click();
      await placed;
      await restored.headingIs('Order placed');
    } finally {
      restored.frame.remove();
    }
  });
});
