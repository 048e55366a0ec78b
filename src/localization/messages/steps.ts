/**
 * The text of the first steps (Product, Quantity), of every step's shared parts and of the
 * breadcrumb. The later steps' text is in later-steps.ts. Numbers, money and dates come in already formatted.
 */
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
