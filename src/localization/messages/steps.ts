/** The text of the steps and the breadcrumb. Numbers, money and dates come in already formatted. */
import { msg, str } from '@lit/localize';

export const breadcrumbText = {
  label: () => msg('Order steps'),
  hideSteps: () => msg('Hide steps'),
  showAllSteps: () => msg('Show all steps'),
  position: (index: number, total: number) => msg(str`Step ${index} of ${total}:`),
  completed: () => msg('completed'),
  notYet: () => msg('not yet'),
};

export const stepText = {
  problemHeading: () => msg('There is a problem'),
  yes: () => msg('Yes'),
  no: () => msg('No'),
};

export const productText = {
  legend: () => msg('Which license plan product?'),
};

export const quantityText = {
  label: () => msg('Quantity'),
  range: (min: string, max: string) => msg(str`A whole number from ${min} to ${max}.`),
  usageNote: (usage: string, min: string, tab: string) =>
    msg(
      str`The customer uses ${usage} now, so the plan needs at least ${min}. To buy fewer, cancel this order and first reduce the customer's subscriptions under the ${tab} tab.`,
    ),
  reduceSubscriptions: () => msg('Cancel and reduce subscriptions'),
  question: (name: string) => msg(str`How many licenses of ${name} should the plan start with?`),
  current: (licenses: string, name: string, used: string) =>
    msg(str`Current: ${licenses} of ${name}; the customer uses ${used}.`),
  changeQuestion: () => msg('Change the number of licenses?'),
  noChangeYet: () => msg('No change yet.'),
};

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
  notPlaced: (message: string) => msg(str`The order was not placed. ${message} Your choices are kept.`),
};
