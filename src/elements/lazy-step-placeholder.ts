/**
 * What shows where the later steps' chunk is still needed (see lazy-steps.ts): beside a later
 * step's element, and in place of the confirmation panel. The step templates use it when they are
 * imported, and the panels may import the step templates: so nothing here uses the panels before
 * a render.
 */
import { html, nothing, ReactiveElement } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { wizardText as t } from '../localization/messages.js';
import { loadingPanel, secondaryButton } from './license-plan-wizard/panels.js';
import { loadedLaterSteps, loadLaterSteps } from './lazy-steps.js';

/**
 * Beside a later step's element, and in place of the confirmation panel: nothing once the chunk
 * has loaded; until then the loading state, and the wizard renders again when the chunk is in.
 * When the load fails: a message with Try again.
 */
class LaterStepsPlaceholder extends Directive {
  #status: 'not-started' | 'loading' | 'failed' = 'not-started';

  render() {
    return nothing;
  }

  override update(part: ChildPart) {
    if (loadedLaterSteps()) {
      return nothing;
    }
    const host = part.options?.host;
    if (!(host instanceof ReactiveElement)) {
      throw new Error('license-plan-wizard: the later steps render inside the wizard element.');
    }
    if (this.#status === 'not-started') {
      void this.#load(host);
    }
    if (this.#status === 'failed') {
      return html`<div role="alert">
        <p>${t.stepLoadFailed()}</p>
        ${secondaryButton(t.tryAgain(), () => this.#retry(host))}
      </div>`;
    }
    return loadingPanel();
  }

  async #load(host: ReactiveElement) {
    this.#status = 'loading';
    try {
      await loadLaterSteps();
    } catch (error) {
      console.warn('license-plan-wizard: the later steps could not be loaded.', error);
      this.#status = 'failed';
    }
    host.requestUpdate();
  }

  #retry(host: ReactiveElement) {
    void this.#load(host);
    host.requestUpdate();
  }
}

export const laterStepsPlaceholder = directive(LaterStepsPlaceholder);
