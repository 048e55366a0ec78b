import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { stepName } from '../lpw-breadcrumb/lpw-breadcrumb.js';
import { StepElement } from '../shared/step-element.js';
import { base } from '../shared/styles.js';
import type { WizardView } from '../context.js';
import type { Money, StepId } from '../../model/schemas.js';
import { hasChanges, quantityValue } from '../../model/draft.js';

/**
 * The last step: every detail with a link to edit it, the server's quote when
 * pricing is shown, and the purchaser's confirmation of authorization.
 * @summary Review step.
 * @tagname lpw-step-review
 * @csspart heading - The step's heading.
 * @csspart summary - The order summary table.
 * @csspart field - The authorization checkbox.
 * @csspart error - An error message.
 */
export class LpwStepReview extends StepElement {
  static override styles = [
    base,
    css`
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      caption,
      th,
      td {
        text-align: start;
      }
      th,
      td {
        padding: 0.5rem 0.5rem 0.5rem 0;
        border-block-end: 1px solid var(--lpw-border, #c4c7cc);
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      td:last-child {
        text-align: end;
      }
      [part~=quote] td {
        overflow-wrap: normal;
        white-space: nowrap;
      }
      /* th is bold already; td inherits the weight. */
      .total {
        font-weight: 700;
      }
    `,
  ];

  protected get step() {
    return 'review' as const;
  }

  protected renderStep({ context, state, product, check, submit, showPrices, fmt }: WizardView) {
    const { draft: d } = state;
    const plan = state.mode === 'change' ? context.plan : null;
    const customer = context.customer.name;
    const productName = product?.name ?? '';
    const centers = context.costCenters;
    const center = (id: string | null) =>
      centers.find((c) => c.id === id)?.name ?? (centers.length ? msg('None chosen') : msg('None'));
    const ref = (r: string) => r.trim() || msg('None');
    /** A summary row with its edit link; in change mode `current` is the plan's value, shown with what changes. */
    const row = (step: StepId, value: string, current?: string | null, label = stepName(step)) =>
      html`<tr>
        <th scope="row">${label}</th>
        <td>
          ${current == null
            ? value
            : current === value
              ? html`${value} <span class="hint">${msg('(unchanged)')}</span>`
              : html`${current} → <strong>${value}</strong>`}
        </td>
        <td>
          <button type="button" class="link" @click=${() => this.intent({ type: 'go', step })}>
            ${msg('Edit')}<span class="vh"> ${label}</span>
          </button>
        </td>
      </tr>`;
    const line = (label: string, amount: Money, total?: boolean) =>
      html`<tr class=${total ? 'total' : nothing}><th scope="row">${label}</th><td>${fmt.money(amount)}</td></tr>`;
    /** A failed request: its message and a button to try again. */
    const retry = (message: string, type: 'retry-check' | 'place-order') =>
      html`<div role="alert" class="note">
        <p class="error">${message}</p>
        <button type="button" @click=${() => this.intent({ type })}>${msg('Try again')}</button>
      </div>`;
    const quote = check.status === 'ok' && showPrices && check.quote;
    return html`
      <p>${plan ? msg(str`Plan for ${customer}: ${productName}`) : msg(str`New plan for ${customer}.`)}</p>
      ${this.error('form')}
      ${plan && !this.message('form') && !hasChanges(state, context)
        ? html`<p class="note" id="no-change">
            ${msg('Nothing has been changed yet, so there is nothing to order. Use an edit link to change the plan.')}
          </p>`
        : nothing}
      <table part="summary">
        <caption class="vh">${plan ? msg('Changes to the plan') : msg('Order summary')}</caption>
        ${plan ? nothing : row('product', productName)}
        ${row('quantity', fmt.licenses(quantityValue(d) ?? 0), plan && fmt.licenses(plan.quantity))}
        ${row('payment', d.cadence ? fmt.cadence(d.cadence) : '', plan && fmt.cadence(plan.cadence))}
        ${plan ? nothing : row('start-date', fmt.date(d.startDate))}
        ${row('references', center(d.costCenterId), plan && center(plan.costCenterId), msg('Cost center'))}
        ${row('references', ref(d.purchaseRef), plan && ref(plan.purchaseRef), msg('Your purchase ref'))}
      </table>
      ${check.status === 'pending'
        ? html`<p role="status">${msg('Checking the order and its price…')}</p>`
        : check.status === 'error'
          ? retry(check.message, 'retry-check')
          : quote
            ? html`<table part="summary quote">
                <caption>${msg('Price')}</caption>
                ${quote.lines.map((l) => line(l.label, l.amount))} ${line(msg('Total'), quote.total, true)}
                ${quote.firstInvoice ? line(msg('First invoice'), quote.firstInvoice) : nothing}
              </table>`
            : nothing}
      <div class="field" part="field">
        ${this.error('purchaserConfirmed')}
        <label class="choice">
          <input
            type="checkbox"
            .checked=${d.purchaserConfirmed}
            aria-invalid=${this.invalid('purchaserConfirmed')}
            aria-describedby=${this.describedBy('purchaserConfirmed')}
            @change=${(e: Event) => this.edit({ purchaserConfirmed: (e.target as HTMLInputElement).checked })}
          /><span>${msg(str`I confirm that I am authorized to place this order for ${customer}.`)}</span>
        </label>
      </div>
      ${submit.status === 'error'
        ? retry(msg(str`The order was not placed. ${submit.message} Your choices are kept.`), 'place-order')
        : nothing}
    `;
  }
}
