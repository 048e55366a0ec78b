/**
 * Drives the wizard from a play function the way a person would: it finds headings, buttons and
 * fields by their visible text or label, looking through the nested shadow roots, and clicks and
 * types with Storybook's instrumented userEvent so every step shows in the Interactions panel.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { LicensePlanWizard } from '../src/index.js';

type User = StoryContext['userEvent'];
type Name = string | RegExp;

const TIMEOUT = 5000;

/** Every element under `root`, descending into open shadow roots. */
export function deepAll(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepAll(el.shadowRoot));
  }
  return out;
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const matches = (value: string, name: Name) => (typeof name === 'string' ? value === name : name.test(value));
const hiddenDialog = (el: Element) => !!el.closest('dialog:not([open])');

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

  private all() {
    return deepAll(this.el.shadowRoot!);
  }

  /** All the wizard's text, including the visually hidden parts a screen reader reads. */
  text(): string {
    const roots = [this.el.shadowRoot!, ...this.all().flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    return roots
      .flatMap((root) => Array.from(root.childNodes, (n) => (n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && n.nodeName !== 'STYLE') ? (n.textContent ?? '') : '')))
      .join(' ')
      .replace(/\s+/g, ' ');
  }

  heading(): string | undefined {
    const h = this.all().find((el) => el.localName === 'h2' && !el.closest('dialog'));
    return h && textOf(h);
  }

  queryButton(name: Name): HTMLButtonElement | undefined {
    return this.all().find(
      (el): el is HTMLButtonElement => el instanceof HTMLButtonElement && matches(textOf(el), name) && !hiddenDialog(el),
    );
  }

  button(name: Name): HTMLButtonElement {
    const found = this.queryButton(name);
    if (!found) throw new Error(`No button named ${name}.`);
    return found;
  }

  /** The field whose label reads `name`. */
  queryControl(name: Name): HTMLInputElement | HTMLSelectElement | undefined {
    for (const el of this.all()) {
      if (el instanceof HTMLLabelElement && matches(textOf(el), name) && el.control)
        return el.control as HTMLInputElement | HTMLSelectElement;
    }
    return undefined;
  }

  control<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(name: Name): T {
    const found = this.queryControl(name);
    if (!found) throw new Error(`No field labelled ${name}.`);
    return found as T;
  }

  /** A change-mode Yes/No question, answered by the radio under its legend. */
  answer(question: Name, yes: boolean): HTMLInputElement {
    const legend = this.all().find((el) => el.localName === 'legend' && matches(textOf(el), question));
    const radio = legend?.parentElement?.querySelector<HTMLInputElement>(`input[type=radio][id$="-${yes}"]`);
    if (!radio) throw new Error(`No question ${question}.`);
    return radio;
  }

  /** The text of the error message a field's aria-describedby points to. */
  errorOf(field: Element): string {
    const root = field.getRootNode() as ShadowRoot;
    return (field.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? root.getElementById(id) : null))
      .filter((el): el is HTMLElement => !!el?.classList.contains('error'))
      .map(textOf)
      .join(' ');
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

  async click(target: Name | HTMLElement) {
    await this.user.click(typeof target === 'object' && !(target instanceof RegExp) ? target : this.button(target));
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
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
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
