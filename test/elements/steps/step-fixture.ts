/**
 * Mounts one step element (or the breadcrumb) on its own, under a host that provides a WizardView
 * through context, the way the root does, and records the intents it sends up.
 */
import { ContextProvider } from '@lit/context';
import '../../../src/index.js';
// The later steps are defined on demand in the wizard; mounted on their own, they are imported here.
import '../../../src/steps.js';
import { wizardContext, INTENT, type Intent, type WizardView } from '../../../src/elements/context.js';
import { startWizard, type WizardState } from '../../../src/model/draft.js';
import { findProduct } from '../../../src/model/rules.js';
import type { Mode, OrderContext } from '../../../src/model/schemas.js';
import { formattersFor } from '../../../src/localization/format.js';
import { context as defaultContext } from '../../model/fixtures.js';

export interface MountedStep<T extends HTMLElement> {
  step: T;
  intents: Intent[];
  /** Provides a new view, as the root does after a change. */
  setView(view: WizardView): Promise<void>;
  view: WizardView;
}

export function viewOf(context: OrderContext, mode: Mode, change: (state: WizardState) => WizardState = (s) => s): WizardView {
  const state = change(startWizard(context, mode, 'key-1'));
  return {
    state,
    context,
    product: findProduct(context, state.draft.productId),
    showPrices: true,
    fmt: formattersFor('en'),
    catalogue: undefined,
    check: { status: 'idle' },
    submit: { status: 'idle' },
  };
}

export async function mountStep<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  view: WizardView = viewOf(defaultContext(), 'new'),
): Promise<MountedStep<T>> {
  const host = document.createElement('div');
  const provider = new ContextProvider(host, { context: wizardContext, initialValue: view });
  const intents: Intent[] = [];
  host.addEventListener(INTENT, (e) => intents.push((e as CustomEvent<Intent>).detail));
  const step = document.createElement(tag) as T;
  host.append(step);
  document.body.append(host);
  await step.updateComplete;
  const mounted: MountedStep<T> = {
    step,
    intents,
    view,
    async setView(next) {
      mounted.view = next;
      provider.setValue(next);
      await step.updateComplete;
    },
  };
  return mounted;
}

/** The control labelled `name` inside one element's shadow root. */
export function labelled<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, name: string): T {
  const label = Array.from(el.shadowRoot!.querySelectorAll('label')).find(
    (l) => l.textContent?.replace(/\s+/g, ' ').trim() === name,
  );
  if (!label?.control) throw new Error(`No control labelled ${name}`);
  return label.control as unknown as T;
}

export function cleanUp() {
  for (const host of Array.from(document.body.children)) if (host.localName === 'div') host.remove();
}

/** Counts the element's renders from now on (to test that a change it does not show renders nothing). */
export function countRenders(element: HTMLElement) {
  const renders = { count: 0 };
  const render = (element as unknown as { render(): unknown }).render.bind(element);
  Object.assign(element, {
    render() {
      renders.count += 1;
      return render();
    },
  });
  return renders;
}
