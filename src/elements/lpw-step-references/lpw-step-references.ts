import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import { PURCHASE_REF_MAX } from '../../model/rules.js';

/**
 * Billing references: the customer's cost center (set up in the portal's
 * Company settings, Billing section) and the buyer's own purchase reference.
 * @summary References step.
 * @tagname lpw-step-references
 * @csspart heading - The step's heading.
 * @csspart field - A field.
 * @csspart error - A field's error message.
 */
export class LpwStepReferences extends StepElement {
  protected get step() {
    return 'references' as const;
  }

  protected renderStep({ context, state: { mode, draft }, fmt }: WizardView) {
    const plan = mode === 'change' ? context.plan : null;
    const centers = context.costCenters;
    const none = msg('none');
    const center = (plan && centers.find((c) => c.id === plan.costCenterId)?.name) || none;
    const ref = plan?.purchaseRef || none;
    const q =
      plan &&
      this.question(
        'change-references',
        msg('Change the billing references?'),
        msg(str`Current cost center: ${center}. Current purchase ref: ${ref}.`),
      );
    if (q && draft.change.references !== true) return q;
    return html`${q}
      ${centers.length
        ? this.field(
            'costCenterId',
            'cost-center',
            msg('Cost center'),
            '',
            html`<select
              id="cost-center"
              required
              aria-invalid=${this.invalid('costCenterId')}
              aria-describedby=${this.describedBy('costCenterId')}
              @change=${(e: Event) => this.edit({ costCenterId: (e.target as HTMLSelectElement).value || null })}
            >
              <option value="" ?selected=${!draft.costCenterId}>${msg('Choose a cost center')}</option>
              ${centers.map(
                (c) =>
                  html`<option .value=${c.id} ?selected=${c.id === draft.costCenterId}>
                    ${c.name}${c.id === context.defaultCostCenterId ? ` ${msg('(default)')}` : ''}
                  </option>`,
              )}
            </select>`,
          )
        : html`<p class="note" id="no-cost-centers">
            ${msg(
              "This customer has no cost centers yet. Cost centers, and the default one, are added in the portal's Company settings, Billing section.",
            )}
          </p>`}
      ${this.field(
        'purchaseRef',
        'purchase-ref',
        msg('Your purchase ref'),
        msg(
          str`Optional, up to ${fmt.count(PURCHASE_REF_MAX)} characters, for example your purchase order number. It is printed on the invoice so your accounts payable can recognise it.`,
        ),
        html`<input
          id="purchase-ref"
          type="text"
          autocomplete="off"
          .value=${draft.purchaseRef}
          aria-invalid=${this.invalid('purchaseRef')}
          aria-describedby=${this.describedBy('purchaseRef', 'purchase-ref-hint')}
          @input=${(e: Event) => this.edit({ purchaseRef: (e.target as HTMLInputElement).value })}
        />`,
      )}`;
  }
}
