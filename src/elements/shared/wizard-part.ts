import { LitElement, type CSSResultGroup } from 'lit';
import { ContextConsumer } from '@lit/context';
import { updateWhenLocaleChanges } from '@lit/localize';
import { sendIntent, wizardContext, type Intent } from '../context.js';
import { base } from './styles.js';

/**
 * What the breadcrumb and every step share: the wizard as the root provides it
 * (re-rendering when it changes), the language, and intents sent up to the root.
 */
export class WizardPart extends LitElement {
  static override styles: CSSResultGroup = base;

  #view = new ContextConsumer(this, { context: wizardContext, subscribe: true });

  /** @internal The wizard as the root provides it. */
  get view() {
    return this.#view.value;
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected intent(intent: Intent) {
    sendIntent(this, intent);
  }
}
