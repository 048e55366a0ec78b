import { expect, waitUntil } from '@open-wc/testing';
import { deepAll } from '../helpers/harness.js';
import { headingText, loadCspFrame } from '../helpers/csp-frame.js';

/** Loads demo/csp.html (strict CSP + Trusted Types, the built standalone bundle) in an iframe. */
const cspPage = () => loadCspFrame({ src: '/demo/csp.html' });

describe('standalone bundle under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders, changes steps and places an order with no violation reports', async () => {
    const { frame, win, doc } = await cspPage();
    const wizard = doc.querySelector('license-plan-wizard')!;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.include(
      "require-trusted-types-for 'script'",
    );
    await waitUntil(() => headingText(wizard) === 'Product', 'product step rendered', { timeout: 4000 });
    const press = (name: string) =>
      deepAll(wizard.shadowRoot!)
        .filter((e): e is HTMLButtonElement => e.localName === 'button')
        .find((b) => b.textContent!.trim() === name)!
        .click();
    for (const next of ['Quantity', 'Payment', 'Start date', 'References', 'Review']) {
      press('Next');
      await waitUntil(() => headingText(wizard) === next, `step ${next}`, { timeout: 4000 });
    }
    const box = deepAll(wizard.shadowRoot!).find(
      (e): e is HTMLInputElement => e instanceof (win as unknown as typeof globalThis).HTMLInputElement && e.type === 'checkbox',
    )!;
    box.click();
    await waitUntil(() => deepAll(wizard.shadowRoot!).some((e) => e.textContent?.includes('Total')), 'quote', { timeout: 4000 });
    press('Place order');
    await waitUntil(() => headingText(wizard) === 'Order placed', 'confirmation', { timeout: 4000 });
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
