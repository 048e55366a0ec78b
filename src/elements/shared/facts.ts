import { html } from 'lit';

/** A label and its value, as a recap lists them. */
export type Fact = [label: string, value: string];

/** The items of a description list (`<dl>`): each fact as a `<div>` of its `<dt>` and `<dd>`. */
export function factItems(facts: Fact[]) {
  return facts.map(
    ([label, value]) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`,
  );
}
