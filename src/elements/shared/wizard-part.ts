import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sendIntent, wizardContext, type Intent, type WizardView } from '../context.js';
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

  /** What the last render showed, as shownParts returned it. */
  #shown: readonly unknown[] | undefined;

  /**
   * The parts of the view this element shows, each compared by identity. The root provides a new
   * view on every change, a keystroke included; a part that returns a list renders again only when
   * an item of it changed (or one of its own properties did). Undefined (the default): every new view renders.
   */
  protected shownParts(_view: WizardView | undefined): readonly unknown[] | undefined {
    return undefined;
  }

  protected override shouldUpdate(changed: PropertyValues) {
    const parts = this.shownParts(this.view);
    const before = this.#shown;
    this.#shown = parts;
    if (!parts || !before || changed.size > 0) return true;
    return parts.length !== before.length || parts.some((part, index) => part !== before[index]);
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
