// The Lit floor: the floor page's screen (a breadcrumb of six steps, the "Product" heading, three
// labelled radios and Next) as a LitElement, built with Vite into one minified module
// (.tmp/bench/lit-floor.js) and loaded the way the minimal page loads the wizard: the element in the
// HTML and one module. It is what the stack itself costs for that screen, with no data, no
// validation and no state.
import { LitElement, css, html } from 'lit';

const STEPS = ['Product', 'Quantity', 'Payment', 'Start date', 'References', 'Review'];
const PRODUCTS = ['Meet Standard', 'Meet Rooms', 'Meet Team Rooms'];

class LitFloorWizard extends LitElement {
  static styles = css`
    :host {
      display: block;
      font-family: system-ui;
    }
    ol {
      display: flex;
      gap: 1rem;
      list-style: none;
      padding: 0;
    }
  `;

  render() {
    return html`<nav aria-label="Steps">
        <ol>
          ${STEPS.map((step, index) => html`<li aria-current=${index === 0 ? 'step' : 'false'}>${step}</li>`)}
        </ol>
      </nav>
      <h2>${STEPS[0]}</h2>
      <fieldset>
        <legend>Which license plan product?</legend>
        ${PRODUCTS.map((product, index) => html`<label><input type="radio" name="product" value=${index} /> ${product}</label>`)}
      </fieldset>
      <button type="button">Next</button>`;
  }
}

customElements.define('lit-floor-wizard', LitFloorWizard);
