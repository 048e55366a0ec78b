/** The strict-CSP demo page (demo/csp.html, the built standalone bundle) loaded in an iframe of the test page. */
import { waitUntil } from '@open-wc/testing';
import { deepAll } from './queries.js';

/** What demo/csp-page.js records on the page's window. */
export interface CspWindow extends Window {
  cspReady?: boolean;
  cspViolations: string[];
  cspLoadError?: string;
}

/** Loads the page from a URL (`src`) or as the given HTML (`srcdoc`), and waits until it says it is ready. */
export async function loadCspFrame(page: { src: string } | { srcdoc: string }) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as CspWindow | null)?.cspReady, 'csp page ready', { timeout: 8000 });
  return { frame, win: frame.contentWindow as CspWindow, doc: frame.contentDocument! };
}

/** The heading of the wizard's current step or panel. */
export const headingText = (wizard: Element) =>
  deepAll(wizard.shadowRoot!)
    .find((e) => e.localName === 'h2')
    ?.textContent?.trim();
