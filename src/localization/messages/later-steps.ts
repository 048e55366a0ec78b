/**
 * The text of Payment, Start date, References and Review: a file of its own, so that it loads with
 * those steps (src/steps.ts) rather than with the first step. Numbers, money and dates come in
 * already formatted.
 */
import { msg, str } from '@lit/localize';

export const paymentText = {
  legend: () => msg('How is the plan paid?'),
  currentPlan: () => msg('Current payment plan.'),
  unitPrice: (price: string) => msg(str`${price} per license per month.`),
  changeQuestion: () => msg('Change the payment plan?'),
  current: (currentCadence: string) => msg(str`Current: ${currentCadence}.`),
};

export const startDateText = {
  explanation: () =>
    msg(
      'The plan is active as soon as the order is placed. The start date is the date from which the first billing is calculated: a date earlier this month, or in the previous month, gives a pro-rata first charge.',
    ),
  label: () => msg('Start date'),
  window: (from: string, to: string) => msg(str`Between ${from} and ${to}.`),
};

export const referencesText = {
  none: () => msg('none'),
  changeQuestion: () => msg('Change the billing references?'),
  current: (center: string, ref: string) => msg(str`Current cost center: ${center}. Current purchase ref: ${ref}.`),
  costCenter: () => msg('Cost center'),
  chooseCostCenter: () => msg('Choose a cost center'),
  defaultMark: () => msg('(default)'),
  noCostCenters: () =>
    msg(
      "This customer has no cost centers yet. Cost centers, and the default one, are added in the portal's Company settings, Billing section.",
    ),
  purchaseRef: () => msg('Your purchase ref'),
  purchaseRefHint: (max: string) =>
    msg(
      str`Optional, up to ${max} characters, for example your purchase order number. It is printed on the invoice so your accounts payable can recognise it.`,
    ),
};

export const reviewText = {
  noneChosen: () => msg('None chosen'),
  none: () => msg('None'),
  unchanged: () => msg('(unchanged)'),
  edit: () => msg('Edit'),
  tryAgain: () => msg('Try again'),
  planFor: (customer: string, productName: string) => msg(str`Plan for ${customer}: ${productName}`),
  newPlanFor: (customer: string) => msg(str`New plan for ${customer}.`),
  nothingChanged: () => msg('Nothing has been changed yet, so there is nothing to order. Use an edit link to change the plan.'),
  changesCaption: () => msg('Changes to the plan'),
  summaryCaption: () => msg('Order summary'),
  checking: () => msg('Checking the order and its price…'),
  price: () => msg('Price'),
  total: () => msg('Total'),
  firstInvoice: () => msg('First invoice'),
  costCenter: () => msg('Cost center'),
  purchaseRef: () => msg('Your purchase ref'),
  authorize: (customer: string) => msg(str`I confirm that I am authorized to place this order for ${customer}.`),
};
