/**
 * How tests and stories find things in the wizard: the way a person does (by label, by button
 * text, by heading), looking through every shadow root. Pure DOM: the test harness
 * (test/helpers/harness.ts) and the stories' driver (stories/wizard-driver.ts) both build on it.
 */
export type Name = string | RegExp;

/** Every element under `root`, descending into open shadow roots. */
export function deepAll(root: ParentNode = document): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** An element's text with white space collapsed. */
export const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export const matches = (value: string, name: Name) => (typeof name === 'string' ? value === name : name.test(value));

const inClosedDialog = (el: Element) => Boolean(el.closest('dialog:not([open])'));

/** Every text a person can see (or a screen reader hear) inside the wizard. */
export function visibleText(wizard: Element): string {
  return deepAll(wizard.shadowRoot!)
    .filter((el) => !el.shadowRoot && el.localName !== 'style')
    .map((el) =>
      Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(' '),
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The button whose text reads `name` (not one inside a closed dialog). */
export function queryButton(wizard: Element, name: Name): HTMLButtonElement | undefined {
  return deepAll(wizard.shadowRoot!).find(
    (el): el is HTMLButtonElement => el instanceof HTMLButtonElement && matches(textOf(el), name) && !inClosedDialog(el),
  );
}

/** The control whose label (`<label for>` or wrapping `<label>`) reads `name`. */
export function queryControl(wizard: Element, name: Name): HTMLInputElement | HTMLSelectElement | undefined {
  for (const el of deepAll(wizard.shadowRoot!)) {
    if (el instanceof HTMLLabelElement && matches(textOf(el), name) && el.control) {
      return el.control as HTMLInputElement | HTMLSelectElement;
    }
  }
  return undefined;
}

/** The current step's (or panel's) heading. */
export function heading(wizard: Element): HTMLHeadingElement | undefined {
  return deepAll(wizard.shadowRoot!).find((el): el is HTMLHeadingElement => el.localName === 'h2' && !el.closest('dialog'));
}

/** The focused element, followed through shadow roots. */
export function activeElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The text of the error message that a control's aria-describedby points to. */
export function errorOf(input: Element): string {
  const root = input.getRootNode() as ShadowRoot;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => root.getElementById(id))
    .filter((el): el is HTMLElement => Boolean(el?.classList.contains('error')))
    .map(textOf)
    .join(' ');
}

/** The Yes or No radio of a change-mode question, found by the question's legend. */
export function queryAnswer(wizard: Element, question: Name, yes: boolean): HTMLInputElement | undefined {
  const legend = deepAll(wizard.shadowRoot!).find((el) => el.localName === 'legend' && matches(textOf(el), question));
  return legend?.parentElement?.querySelector<HTMLInputElement>(`input[type=radio][id$="-${yes}"]`) ?? undefined;
}

/** Something that renders asynchronously, as Lit elements do. */
interface Updating {
  updateComplete: Promise<unknown>;
}

/**
 * Waits until the wizard and every element inside it have rendered what they were asked to (a few
 * rounds: a render can ask for another). After an edit the wizard renders a frame later; this waits
 * for that too.
 */
export async function settle(wizard: Element & Updating) {
  for (let i = 0; i < 3; i++) {
    await wizard.updateComplete;
    for (const el of deepAll(wizard.shadowRoot!)) if ('updateComplete' in el) await (el as Element & Updating).updateComplete;
  }
}
