import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import { productText as t } from '../../localization/messages.js';

/**
 * Step 1 of a new order: one radio per product of the customer's catalogue.
 * @summary Product choice.
 * @tagname lpw-step-product
 * @csspart heading - The step's heading.
 * @csspart field - The product radio group.
 * @csspart error - A field's error message.
 */
export class LpwStepProduct extends StepElement {
  protected get step() {
    return 'product' as const;
  }

  /** The radios' values (and ids, `product-0`…) are the products' positions in the catalogue. */
  protected renderStep({ context: { products }, state }: WizardView) {
    return this.radios(
      'productId',
      'product',
      t.legend(),
      products.map((p, i) => [i, p.name, p.description]),
      products.findIndex((p) => p.id === state.draft.productId),
      (i) => this.edit({ productId: products[i].id }),
    );
  }
}
