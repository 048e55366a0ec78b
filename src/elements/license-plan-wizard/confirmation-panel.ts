/**
 * The panel after the order is placed: a success cue, what was bought and its price, and what
 * happens next. It loads on demand with the later steps (see confirmation.ts).
 */
import { quantityValue } from '../../model/draft.js';
import { factItems, type Fact } from '../shared/facts.js';
import { html, nothing, svg } from 'lit';
import { findProduct } from '../../model/rules.js';
import { quoteBilling } from '../../model/billing.js';
import type { OrderConfirmation } from '../../model/schemas.js';
import {
  cadenceName,
  chargeText,
  confirmationText as t,
  firstInvoiceText,
  licenses,
  reviewText,
  stepName,
} from '../../localization/messages.js';
import type { WizardView } from '../context.js';
import { secondaryButton } from './panels.js';

const checkIcon = svg`<svg class="icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="11" fill="currentColor" />
  <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="var(--lpw-on-brand, #fff)" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * The confirmation. `view` is the wizard as it was when the order was placed (its draft and the
 * last quote); without it only the server's confirmation is shown.
 */
export function confirmationPanel(confirmation: OrderConfirmation, view: WizardView | undefined, startAnother: () => void) {
  return html`<section part="panel" class="confirmation">
    <div class="success">
      ${checkIcon}
      <h2 id="done" tabindex="-1" part="heading">${t.orderPlacedHeading()}</h2>
    </div>
    ${view ? recap(view) : nothing}
    <dl class="facts">
      <div>
        <dt>${t.orderNumber()}</dt>
        <dd>${confirmation.orderId}</dd>
      </div>
    </dl>
    <p>${t.confirmationSentTo()} <strong class="email">${confirmation.confirmationEmail}</strong>.</p>
    <h3>${t.next()}</h3>
    <p>${t.activeNow()} ${nextBilling(confirmation, view)}</p>
    ${secondaryButton(t.startAnotherOrder(), startAnother)}
  </section>`;
}

/** What was bought: product, quantity, payment and, with prices shown, the recurring charge. */
function recap({ state, context, fmt, check, showPrices }: WizardView) {
  const { draft } = state;
  const product = findProduct(context, draft.productId);
  const quote = showPrices && check.status === 'ok' ? check.quote : null;
  const billing = quote ? quoteBilling(quote, draft.cadence) : null;
  const rows: Fact[] = [];
  if (product) rows.push([stepName('product'), product.name]);
  rows.push([stepName('quantity'), licenses(fmt, quantityValue(draft) ?? 0)]);
  if (draft.cadence) rows.push([stepName('payment'), cadenceName(fmt, draft.cadence)]);
  if (billing) rows.push([reviewText.price(), chargeText(fmt, billing, quote?.currentBilling)]);
  return html`<h3>${t.recap()}</h3>
    <dl class="facts">${factItems(rows)}</dl>`;
}

/** When billing starts: the first invoice when the quote said it, else the date the plan takes effect. */
function nextBilling(confirmation: OrderConfirmation, view: WizardView | undefined) {
  const inEffect = t.inEffectFrom(view ? view.fmt.date(confirmation.effectiveDate) : confirmation.effectiveDate);
  if (!view || !view.showPrices || view.check.status !== 'ok' || !view.check.quote) return inEffect;
  const quote = view.check.quote;
  return firstInvoiceText(view.fmt, quote, quoteBilling(quote, view.state.draft.cadence)) ?? inEffect;
}
