/**
 * Drives the wizard from a play function the way a person would: it finds headings, buttons and
 * fields by their visible text or label, looking through the nested shadow roots, and clicks and
 * types with Storybook's instrumented userEvent so every step shows in the Interactions panel.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { LicensePlanWizard } from '../src/index.js';
import {
  activeElement,
  deepAll,
  errorOf,
  heading,
  queryAnswer,
  queryButton,
  queryControl,
  settle,
  textOf,
  type Name,
} from '../test/helpers/queries.js';

type User = StoryContext['userEvent'];

const TIMEOUT = 5000;

export { deepAll };

export class WizardDriver {
  constructor(
    readonly el: LicensePlanWizard,
    readonly user: User,
  ) {}

  /** The wizard inside a story's canvas. */
  static in(canvasElement: HTMLElement, user: User): WizardDriver {
    const el = canvasElement.querySelector('license-plan-wizard');
    if (!el) throw new Error('No <license-plan-wizard> in the story.');
    return new WizardDriver(el, user);
  }

  /** All the wizard's text, including the visually hidden parts a screen reader reads. */
  text(): string {
    const all = deepAll(this.el.shadowRoot!);
    const roots = [this.el.shadowRoot!, ...all.flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    return roots
      .flatMap((root) =>
        Array.from(root.childNodes, (n) => {
          const isText = n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && n.nodeName !== 'STYLE');
          return isText ? (n.textContent ?? '') : '';
        }),
      )
      .join(' ')
      .replace(/\s+/g, ' ');
  }

  heading(): string | undefined {
    const found = heading(this.el);
    return found && textOf(found);
  }

  queryButton(name: Name): HTMLButtonElement | undefined {
    return queryButton(this.el, name);
  }

  button(name: Name): HTMLButtonElement {
    const found = this.queryButton(name);
    if (!found) throw new Error(`No button named ${name}.`);
    return found;
  }

  /** The field whose label reads `name`. */
  queryControl(name: Name): HTMLInputElement | HTMLSelectElement | undefined {
    return queryControl(this.el, name);
  }

  control<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(name: Name): T {
    const found = this.queryControl(name);
    if (!found) throw new Error(`No field labelled ${name}.`);
    return found as T;
  }

  /** A change-mode Yes/No question, answered by the radio under its legend. */
  answer(question: Name, yes: boolean): HTMLInputElement {
    const radio = queryAnswer(this.el, question, yes);
    if (!radio) throw new Error(`No question ${question}.`);
    return radio;
  }

  /** The text of the error message a field's aria-describedby points to. */
  errorOf(field: Element): string {
    return errorOf(field);
  }

  async waitForHeading(name: string, timeout = TIMEOUT) {
    await waitFor(() => expect(this.heading()).toBe(name), { timeout });
  }

  async waitForText(part: string | RegExp, timeout = TIMEOUT) {
    await waitFor(() => expect(this.text()).toMatch(part), { timeout });
  }

  async waitForButton(name: Name, timeout = TIMEOUT) {
    await waitFor(() => expect(this.queryButton(name)).toBeTruthy(), { timeout });
    return this.button(name);
  }

  /** Clicks, then waits until the wizard has rendered what the click did (as the test harness's click does). */
  async click(target: Name | HTMLElement) {
    await this.user.click(typeof target === 'object' && !(target instanceof RegExp) ? target : this.button(target));
    await settle(this.el);
  }

  /**
   * Clears a field and types into it: click, Ctrl+A, Backspace, then the keys. (userEvent.clear()
   * compares document.activeElement with the field, which never holds inside a shadow root.)
   */
  async fill(label: Name, value: string) {
    const field = this.control(label);
    await this.user.click(field);
    await this.user.keyboard('{Control>}a{/Control}{Backspace}');
    if (value) await this.user.keyboard(value);
    await expect(field.value).toBe(value);
  }

  /** The focused element, followed through shadow roots. */
  activeElement(): Element | null {
    return activeElement();
  }

  /** Clicks Next and waits for the next step, whose heading takes the focus. */
  async next(expected: string) {
    await this.click('Next');
    await this.waitForHeading(expected);
    // Focus lands on the new heading, or on the error summary when the server's check (on Review)
    // has already come back with errors.
    await waitFor(() => {
      const focused = this.activeElement();
      expect(focused?.localName === 'h2' || !!focused?.classList.contains('summary')).toBe(true);
    });
  }
}
