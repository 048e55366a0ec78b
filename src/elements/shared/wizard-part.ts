import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sendIntent, wizardContext, type Intent } from '../context.js';
import { activateCatalogue } from '../../localization/translations.js';
import { base } from './styles.js';

/**
 * What the breadcrumb and every step share: the wizard as the root provides it
 * (re-rendering when it changes), its language, and intents sent up to the root.
 */
export class WizardPart extends LitElement {
  static override styles: CSSResultGroup = base;

  #view = new ContextConsumer(this, { context: wizardContext, subscribe: true });

  /** @internal The wizard as the root provides it. */
  get view() {
    return this.#view.value;
  }

  /** Renders in the wizard's own language: its catalogue is the one `msg()` reads during this render. */
  protected override update(changed: PropertyValues) {
    activateCatalogue(this.view?.catalogue);
    super.update(changed);
  }

  protected intent(intent: Intent) {
    sendIntent(this, intent);
  }
}
