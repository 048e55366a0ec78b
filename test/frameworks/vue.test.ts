// The README's Vue snippet, run for real: Vue renders the custom element, passes the client as a
// property (.prop) and hears its events with @lpw-step-change.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// @ts-expect-error: Vue's browser ES build ships no declarations of its own for this path
import { createApp, ref } from 'vue/dist/vue.esm-browser.js';
import '../../src/index.js';
import { FakeBackend } from '../../src/mocks/backend.js';
import { deepAll, inProcessClient } from '../helpers/harness.js';

it('works in a Vue 3 app: property binding and events', async () => {
  sessionStorage.clear();
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const steps: string[] = [];
  const app = createApp({
    setup() {
      const client = ref(inProcessClient(new FakeBackend({ today: '2026-11-26' })));
      return { client, onStep: (e: CustomEvent<{ step: string }>) => steps.push(e.detail.step) };
    },
    template: `<license-plan-wizard customer-id="acme" purchaser :client.prop="client" @lpw-step-change="onStep"></license-plan-wizard>`,
  });
  app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('license-plan-wizard') || tag.startsWith('lpw-');
  app.mount(host);
  const wizard = host.querySelector('license-plan-wizard')!;
  const find = (pred: (e: Element) => boolean) => deepAll(wizard.shadowRoot!).find(pred);
  await waitUntil(() => find((e) => e.localName === 'h2' && e.textContent === 'Product'), 'product step');
  (find((e) => e instanceof HTMLInputElement && e.type === 'radio') as HTMLInputElement).click();
  await waitUntil(() => find((e) => e.localName === 'button' && e.textContent!.trim() === 'Next'));
  (find((e) => e.localName === 'button' && e.textContent!.trim() === 'Next') as HTMLButtonElement).click();
  await waitUntil(() => steps.length === 1, 'step event heard by Vue');
  expect(steps).to.deep.equal(['quantity']);
  app.unmount();
});
