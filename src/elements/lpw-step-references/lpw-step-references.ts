import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import { referencesText as t } from '../../localization/messages.js';
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
    const none = t.none();
    const center = (plan && centers.find((c) => c.id === plan.costCenterId)?.name) || none;
    const ref = plan?.purchaseRef || none;
    const q = plan && this.question('change-references', t.changeQuestion(), t.current(center, ref));
    if (q && draft.change.references !== true) return q;
    return html`${q}
    ${
      centers.length
        ? this.field(
            'costCenterId',
            'cost-center',
            t.costCenter(),
            '',
            html`<select
              id="cost-center"
              required
              aria-invalid=${this.invalid('costCenterId')}
              aria-describedby=${this.describedBy('costCenterId')}
              @change=${(e: Event) => this.edit({ costCenterId: (e.target as HTMLSelectElement).value || null })}
            >
              <option value="" ?selected=${!draft.costCenterId}>${t.chooseCostCenter()}</option>
              ${centers.map(
                (c) =>
                  html`<option .value=${c.id} ?selected=${c.id === draft.costCenterId}>
                    ${c.name}${c.id === context.defaultCostCenterId ? ` ${t.defaultMark()}` : ''}
                  </option>`,
              )}
            </select>`,
          )
        : html`<p class="note" id="no-cost-centers">${t.noCostCenters()}</p>`
    }
    ${this.field(
      'purchaseRef',
      'purchase-ref',
      t.purchaseRef(),
      t.purchaseRefHint(fmt.count(PURCHASE_REF_MAX)),
      html`<input
        id="purchase-ref"
        type="text"
        autocomplete="off"
        .value=${live(draft.purchaseRef)}
        aria-invalid=${this.invalid('purchaseRef')}
        aria-describedby=${this.describedBy('purchaseRef', 'purchase-ref-hint')}
        @input=${(e: Event) => this.edit({ purchaseRef: (e.target as HTMLInputElement).value })}
      />`,
    )}`;
  }
}
