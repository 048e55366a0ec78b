/**
 * The built standalone bundle (run `npm run build` first) served as a reseller would: under another
 * name and path, with its translations beside it or elsewhere. msw's service worker serves
 * /cdn/lpw.3f9a.js from dist/license-plan-wizard.js, the later steps' chunks beside it from dist/,
 * and the translations from dist/locales/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { bypass, http } from 'msw';
import { deepAll, TODAY } from '../helpers/harness.js';
import { FakeBackend } from '../../src/mocks/backend.js';
import { createHandlers } from '../../src/mocks/handlers.js';

/** What the service worker served from dist/, by the path it was asked for. */
let served: string[] = [];

const serveFromDist =
  (distPath: (params: Record<string, string>) => string) =>
  async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    served.push(new URL(request.url).pathname);
    return fetch(bypass(distPath(params as Record<string, string>)));
  };

const worker = setupWorker(
  http.get(
    '/cdn/lpw.3f9a.js',
    serveFromDist(() => '/dist/license-plan-wizard.js'),
  ),
  http.get(
    '/cdn/locales/:file',
    serveFromDist(({ file }) => `/dist/locales/${file}`),
  ),
  // The later steps' chunks, which the bundle requests from beside itself once the first step shows.
  http.get(
    '/cdn/:chunk',
    serveFromDist(({ chunk }) => `/dist/${chunk}`),
  ),
  http.get(
    '/elsewhere/i18n/:file',
    serveFromDist(({ file }) => `/dist/locales/${file}`),
  ),
  ...createHandlers(new FakeBackend({ today: TODAY })),
);

before(async () => {
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
});
after(() => worker.stop());

/** A page of its own (its own element registry) that loads the renamed bundle and shows one wizard. */
async function resellerPage(wizardAttributes: string) {
  served = [];
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 700px';
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <license-plan-wizard api-base-url="/api" customer-id="acme" purchaser no-persist ${wizardAttributes}></license-plan-wizard>
    <script type="module" src="/cdn/lpw.3f9a.js"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const wizard = frame.contentDocument!.querySelector('license-plan-wizard')!;
  const heading = () =>
    deepAll(wizard.shadowRoot ?? frame.contentDocument!)
      .find((e) => e.localName === 'h2')
      ?.textContent?.trim();
  const scripts = () =>
    frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.endsWith('.js'));
  return { frame, wizard, heading, scripts };
}

describe('the standalone bundle under another name', () => {
  it('shows German from locales/ beside it, with exactly one request for the bundle', async () => {
    const page = await resellerPage('locale="de"');
    try {
      await waitUntil(() => page.heading() === 'Produkt', `German heading (is ${page.heading()})`, { timeout: 8000 });
      expect(deepAll(page.wizard.shadowRoot!).some((e) => e.localName === 'button' && e.textContent!.trim() === 'Weiter')).to.be
        .true;
      // The later steps' chunk follows in the background: it must take the bundle already running.
      await waitUntil(() => page.frame.contentWindow!.customElements.get('lpw-step-review'), 'the later steps loaded', {
        timeout: 8000,
      });
      const [bundle, ...rest] = page.scripts();
      expect(bundle, 'the bundle first').to.equal('/cdn/lpw.3f9a.js');
      // Then, from beside it: the German data, the schemas' chunk (asked for with the first call) and the later steps' chunk.
      const schemasChunk = rest.find((path) => /^\/cdn\/license-plan-wizard-schemas-[\w-]+\.js$/.test(path));
      const laterChunk = rest.find((path) => /^\/cdn\/license-plan-wizard-lazy-chunk-[\w-]+\.js$/.test(path));
      expect(schemasChunk, 'the schemas chunk').to.be.a('string');
      expect(laterChunk, 'the later steps chunk').to.be.a('string');
      expect([...rest].sort(), 'nothing else').to.deep.equal(['/cdn/locales/de.js', schemasChunk, laterChunk].sort());
      expect([...served].sort(), 'served once each; never license-plan-wizard.js by its own name').to.deep.equal(
        ['/cdn/lpw.3f9a.js', '/cdn/locales/de.js', schemasChunk, laterChunk].sort(),
      );
    } finally {
      page.frame.remove();
    }
  });

  it('loads the translations from locales-url when set', async () => {
    const page = await resellerPage('locale="fr-CA" locales-url="/elsewhere/i18n"');
    try {
      await waitUntil(() => page.heading() === 'Produit', `French heading (is ${page.heading()})`, { timeout: 8000 });
      const [bundle, ...rest] = page.scripts();
      expect(bundle).to.equal('/cdn/lpw.3f9a.js');
      expect(rest, 'the French data from locales-url').to.include('/elsewhere/i18n/fr.js');
    } finally {
      page.frame.remove();
    }
  });

  it('shows English, with a warning, when the translation cannot be loaded', async () => {
    const page = await resellerPage('locale="nb" locales-url="/nowhere/"');
    try {
      const warnings: string[] = [];
      const frameConsole = (page.frame.contentWindow as Window & typeof globalThis).console;
      frameConsole.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      await waitUntil(() => page.heading() === 'Product', `English heading (is ${page.heading()})`, { timeout: 8000 });
      await waitUntil(() => warnings.length > 0, 'a warning', { timeout: 8000 });
      expect(warnings[0]).to.include('"nb" translation could not be loaded');
    } finally {
      page.frame.remove();
    }
  });
});
