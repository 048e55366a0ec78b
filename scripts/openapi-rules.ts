/**
 * The rules of the contract that JSON Schema cannot express (they relate one field to another, or a
 * request to the context it was made from), written for the descriptions of openapi.json. The code
 * that enforces them is src/model/schemas.ts (the context's own rules) and src/model/rules.ts (an
 * order's rules); the reference server and the wizard both use it.
 */
import { PURCHASE_REF_MAX } from '../src/model/rules.js';

const lines = (...parts: string[]) => parts.join('\n');

export const RULES = {
  usage: 'Licenses in use now, per product id (products not listed have none). Each value is a whole number ≥ 0.',

  PaymentOption: lines(
    'A cadence the product is sold with, and its price per license per month.',
    '`unitPrice` is left out (or null) when pricing is withheld from this user.',
  ),

  Product: lines(
    'A product the customer may order.',
    '',
    'Cross-field rule: `minQuantity` ≤ `maxQuantity`; each cadence appears at most once in `paymentOptions`.',
  ),

  ExistingPlan: lines(
    'The plan a change order changes.',
    '',
    "Cross-field rules: `allowedCadences` includes `cadence`; `productId` is one of the context's products.",
    '`version` changes with every change of the plan. A change order carries it as `planVersion`, and a server that keeps versions refuses an order with an older one (409 `plan-changed`).',
  ),

  OrderContext: lines(
    'Everything the wizard needs to build an order for one customer.',
    '',
    'Cross-field rules (the wizard refuses a context that breaks them):',
    '- product ids are unique, and cost center ids are unique;',
    '- `defaultCostCenterId` is null or the id of one of `costCenters` (the default cost center);',
    '- `startDate.earliest` ≤ `startDate.default` ≤ `startDate.latest` (the date window);',
    '- in change mode `plan` is set, its `productId` is among `products`, and its `allowedCadences` include its `cadence`;',
    '- in new mode `plan` is null.',
    "For the wizard to be usable, each product's usage floor (below) is at most its `maxQuantity`.",
  ),

  LicenseOrder: lines(
    'An order, as the wizard sends it to validate and to place.',
    '',
    "Cross-field rules, checked against the customer's order context (the server answers a breach with field errors):",
    '- usage floor: `quantity` is at least max(`product.minQuantity`, `usage[productId]`) and at most `product.maxQuantity`;',
    "- allowed cadences: `cadence` is one of the product's `paymentOptions`, and in change mode also one of the plan's `allowedCadences`;",
    '- date window: in new mode `startDate` is required and within `startDate.earliest` … `startDate.latest`; in change mode it is absent (a change takes effect at once);',
    "- default cost center: `costCenterId` is one of `costCenters` when the customer has any (the context's default preselects it), and null when it has none;",
    "- change mode: `planId` names the plan, `productId` is the plan's, and at least one of `quantity`, `cadence`, `costCenterId`, `purchaseRef` (trimmed on both sides) differs from the plan;",
    '- new mode: `planId` is absent;',
    `- \`purchaseRef\` is at most ${PURCHASE_REF_MAX} characters once trimmed and holds no control characters;`,
    '- `purchaserConfirmed` is true when the order is placed (validation does not need it);',
    "- `quoteId` is sent on submit only: the `id` of the quote the user saw; `planVersion` in change mode: the plan's `version`, when it has one.",
  ),

  Billing: lines(
    'A recurring charge, as billing APIs write it: monthly is month × 1, a 1-year prepay is year × 1, a 3-year prepay billed up front is year × 3.',
  ),

  Quote: lines(
    "The server's price for the order. All fields beyond `lines` and `total` are optional; the wizard shows what it gets.",
    '- `id` identifies the price the user saw; the order sends it back as `quoteId`. After `expiresAt` the server refuses it (409 `quote-expired`).',
    '- `total` is one term of the cadence; `billing` is the new recurring charge; `currentBilling`, in change mode, what the plan costs today.',
    '- `firstInvoice` covers `firstInvoicePeriod`: for a monthly plan, pro rata from the start date to the end of its month; for a prepay, the whole term. Then `nextInvoiceDate`.',
    '- `taxIncluded` says whether amounts include VAT.',
  ),

  FieldError:
    'A problem with one field of the order (`field` names it), or with the order as a whole (`field` null). `message` is shown to the user as text.',

  ValidationResult: '`ok: true` with an optional quote (null when pricing is withheld), or `ok: false` with the field errors.',

  Conflict: lines(
    'Why an order that was valid when checked is refused now (HTTP 409):',
    '- `quote-expired`: the quote is past `expiresAt`, or the server does not know its id. The wizard checks the order again and shows the current price.',
    '- `price-changed`: the price is no longer the quoted one. The wizard shows the new price beside the old one and asks again.',
    '- `plan-changed`: someone else changed the plan (`planVersion` is old). The wizard reloads the plan, keeps what still fits, and checks again.',
  ),
} as const;
