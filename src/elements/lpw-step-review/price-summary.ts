/**
 * Review's price, from the server's quote: the recurring charge with its period (in change mode,
 * the current and the new charge and the difference), the first invoice in one line, tax once,
 * then the quote's lines.
 */
import { html, nothing } from 'lit';
import { quoteBilling } from '../../model/billing.js';
import type { Cadence, Quote } from '../../model/schemas.js';
import type { Formatters } from '../../localization/format.js';
import { chargeText, firstInvoiceText, moneyText, reviewText as t, taxText } from '../../localization/messages.js';

/** The price block of Review. `cadence` bills the total when the quote has no `billing`. */
export function priceSummary(quote: Quote, cadence: Cadence | null, fmt: Formatters) {
  const billing = quoteBilling(quote, cadence);
  const firstInvoice = firstInvoiceText(fmt, quote, billing);
  const tax = taxText(quote);
  const total = billing ? chargeText(fmt, billing, quote.currentBilling) : fmt.money(quote.total);
  return html`<section class="price" aria-labelledby="price-title">
    <h3 id="price-title">${t.price()}</h3>
    <table part="summary quote">
      <caption class="vh">
        ${t.price()}
      </caption>
      ${quote.lines.map(
        (line) =>
          html`<tr>
            <th scope="row">${line.label}</th>
            <td>${fmt.money(line.amount)}</td>
          </tr>`,
      )}
      <tr class="total">
        <th scope="row">${t.total()}</th>
        <td>${total}</td>
      </tr>
    </table>
    ${firstInvoice ? html`<p class="first-invoice">${firstInvoice}</p>` : nothing}
    ${tax ? html`<p class="hint">${tax}</p>` : nothing}
  </section>`;
}

/** Review's note when pricing is withheld (why there is no price); nothing when prices are shown. */
export function withheldNote(showPrices: boolean) {
  if (showPrices) return nothing;
  return html`<p class="note" part="note">${moneyText.withheld()}</p>`;
}
