import { html } from 'lit';
import { msg } from '@lit/localize';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';

/**
 * Step 1 of a new order: one radio per product of the customer's catalogue.
 * @summary Product choice.
 * @tagname lpw-step-product
 * @csspart heading - The step's heading.
 * @csspart field - The product radio group.
 * @csspart error - A field's error message.
 */
export class LpwStepProduct extends StepElement {
  protected readonly step = 'product';

  protected renderStep({ context, state }: WizardView) {
    return html`<fieldset part="field">
      <legend>${msg('Which license plan product?')}</legend>
      ${this.error('productId')}
      ${context.products.map((p, i) =>
        this.radio({
          group: 'product',
          id: `product-${i}`,
          label: p.name,
          hint: p.description,
          checked: p.id === state.draft.productId,
          field: 'productId',
          select: () => this.edit({ productId: p.id }),
        }),
      )}
    </fieldset>`;
  }
}
