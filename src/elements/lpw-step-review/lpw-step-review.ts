import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { stepName } from '../lpw-breadcrumb/lpw-breadcrumb.js';
import { StepElement } from '../shared/step-element.js';
import { base } from '../shared/styles.js';
import type { WizardView } from '../context.js';
import type { StepId } from '../../model/schemas.js';
import { hasChanges } from '../../model/draft.js';

interface Row {
  label: string;
  step: StepId;
  value: string;
  /** Change mode: the plan's current value. */
  current?: string;
}

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

  protected readonly step = 'review';

  private rows({ context, state, product, fmt }: WizardView): Row[] {
    const d = state.draft;
    const center = (id: string | null) =>
      context.costCenters.find((c) => c.id === id)?.name ?? (context.costCenters.length ? msg('None chosen') : msg('None'));
    const ref = (r: string) => r.trim() || msg('None');
    const rows: Row[] = [];
    const plan = state.mode === 'change' ? context.plan : null;
    if (!plan) rows.push({ label: stepName('product'), step: 'product', value: product?.name ?? '' });
    rows.push({ label: stepName('quantity'), step: 'quantity', value: fmt.licenses(Number(d.quantity.trim())) });
    rows.push({ label: stepName('payment'), step: 'payment', value: d.cadence ? fmt.cadence(d.cadence) : '' });
    if (!plan) rows.push({ label: stepName('start-date'), step: 'start-date', value: fmt.date(d.startDate) });
    rows.push({ label: msg('Cost center'), step: 'references', value: center(d.costCenterId) });
    rows.push({ label: msg('Your purchase ref'), step: 'references', value: ref(d.purchaseRef) });
    if (plan) {
      const current = [
        fmt.licenses(plan.quantity),
        fmt.cadence(plan.cadence),
        center(plan.costCenterId),
        ref(plan.purchaseRef),
      ];
      rows.forEach((row, i) => (row.current = current[i]));
    }
    return rows;
  }

  protected renderStep(view: WizardView) {
    const { context, state, check, submit, showPrices, fmt } = view;
    const plan = state.mode === 'change' ? context.plan : null;
    const customer = context.customer.name;
    const productName = view.product?.name ?? '';
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
        ${this.rows(view).map(
          (row) => html`<tr>
            <th scope="row">${row.label}</th>
            <td>
              ${row.current === undefined
                ? row.value
                : row.current === row.value
                  ? html`${row.value} <span class="hint">${msg('(unchanged)')}</span>`
                  : html`${row.current} → <strong>${row.value}</strong>`}
            </td>
            <td>
              <button type="button" class="link" @click=${() => this.intent({ type: 'go', step: row.step })}>
                ${msg('Edit')}<span class="vh"> ${row.label}</span>
              </button>
            </td>
          </tr>`,
        )}
      </table>
      ${check.status === 'pending'
        ? html`<p role="status">${msg('Checking the order and its price…')}</p>`
        : check.status === 'error'
          ? html`<div role="alert" class="note">
              <p class="error">${check.message}</p>
              <button type="button" @click=${() => this.intent({ type: 'retry-check' })}>${msg('Try again')}</button>
            </div>`
          : check.status === 'ok' && check.quote && showPrices
            ? html`<table part="summary quote">
                <caption>${msg('Price')}</caption>
                ${check.quote.lines.map(
                  (l) => html`<tr><th scope="row">${l.label}</th><td>${fmt.money(l.amount)}</td></tr>`,
                )}
                <tr class="total"><th scope="row">${msg('Total')}</th><td>${fmt.money(check.quote.total)}</td></tr>
                ${check.quote.firstInvoice
                  ? html`<tr><th scope="row">${msg('First invoice')}</th><td>${fmt.money(check.quote.firstInvoice)}</td></tr>`
                  : nothing}
              </table>`
            : nothing}
      <div class="field" part="field">
        ${this.error('purchaserConfirmed')}
        <label class="choice">
          <input
            type="checkbox"
            .checked=${state.draft.purchaserConfirmed}
            aria-invalid=${this.invalid('purchaserConfirmed')}
            aria-describedby=${this.describedBy('purchaserConfirmed')}
            @change=${(e: Event) => this.edit({ purchaserConfirmed: (e.target as HTMLInputElement).checked })}
          /><span>${msg(str`I confirm that I am authorized to place this order for ${customer}.`)}</span>
        </label>
      </div>
      ${submit.status === 'error'
        ? html`<div role="alert" class="note">
            <p class="error">${msg(str`The order was not placed. ${submit.message} Your choices are kept.`)}</p>
            <button type="button" @click=${() => this.intent({ type: 'place-order' })}>${msg('Try again')}</button>
          </div>`
        : nothing}
    `;
  }
}
