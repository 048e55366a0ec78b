/**
 * The strict-CSP demo page (demo/csp.html, the built standalone bundle) with the documented Trusted
 * Types policy, and the same page with no policy allowed. Variants of the page are loaded as
 * `srcdoc` frames of this origin, so `'self'` means the same here as on the demo page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { headingText, loadCspFrame } from '../helpers/csp-frame.js';

/** The CSP line the README documents for pages that require Trusted Types. */
const DOCUMENTED_TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

async function demoSource() {
  const source = await (await fetch('/demo/csp.html')).text();
  // Paths relative to /demo/ (the frame's own URL is about:srcdoc, and `base-uri 'none'` forbids <base>).
  return source.replaceAll('"./', '"/demo/');
}

const loadPage = (source: string) => loadCspFrame({ srcdoc: source });

describe('Trusted Types: the policy the bundle needs', () => {
  it('demo/csp.html allows exactly the documented policy', async () => {
    const source = await demoSource();
    const policy = new DOMParser()
      .parseFromString(source, 'text/html')
      .querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content')!;
    expect(policy.endsWith(DOCUMENTED_TRUSTED_TYPES), policy).to.be.true;
  });

  it('with the documented policy the wizard renders, loads a translation, and nothing is reported', async () => {
    const german = (await demoSource()).replace('data-locale="en-US"', 'data-locale="de"');
    const { frame, win, doc } = await loadPage(german);
    try {
      const wizard = doc.querySelector('license-plan-wizard')!;
      await waitUntil(() => headingText(wizard) === 'Produkt', 'German product step', { timeout: 8000 });
      expect(win.cspLoadError).to.be.undefined;
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("with trusted-types 'none' the bundle fails at load, as documented: createPolicy('lit-html') is refused and nothing renders", async () => {
    const source = await demoSource();
    expect(source).to.include('trusted-types lit-html');
    const { frame, win, doc } = await loadPage(source.replace('trusted-types lit-html', "trusted-types 'none'"));
    try {
      expect(win.cspLoadError, 'the import failed, naming the policy').to.equal(
        `TypeError: Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy "lit-html" disallowed.`,
      );
      // The violation report is an event of its own, which may come after the failed import.
      await waitUntil(() => win.cspViolations.length > 0, 'a violation reported', { timeout: 10000 });
      expect(win.cspViolations, 'reported as a trusted-types violation').to.deep.equal(['trusted-types: trusted-types-policy']);
      expect(win.customElements.get('license-plan-wizard'), 'no element defined').to.be.undefined;
      expect(doc.querySelector('license-plan-wizard'), 'nothing mounted').to.equal(null);
    } finally {
      frame.remove();
    }
  });
});
