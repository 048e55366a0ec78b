/** The root element's own text: its panels, configuration mistakes, failed calls and restore notes. */
import { msg, str } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import type { RestoreChange } from '../../model/persist.js';
import type { ConfigProblem } from '../../elements/license-plan-wizard/config.js';

/** The sentence for a mistake in the wizard's attributes; it names the attribute. */
export function configProblemText(problem: ConfigProblem): string {
  switch (problem.code) {
    case 'customer-id-missing':
      return msg('The "customer-id" attribute is required: set it to the id of the customer the plan is for.');
    case 'mode-invalid': {
      const { mode } = problem;
      return msg(str`The "mode" attribute must be "new" or "change", not "${mode}".`);
    }
    case 'plan-id-missing':
      return msg('The "plan-id" attribute is required when mode is "change": set it to the plan to change.');
    case 'api-base-url-invalid': {
      const { url } = problem;
      return msg(str`The "api-base-url" attribute is not a valid URL: "${url}".`);
    }
    case 'request-timeout-invalid':
      return msg('The "request-timeout" attribute must be a positive number of milliseconds.');
    case 'no-client':
      return msg('No API client: set the "client" property, provide one through apiClientContext, or set the "api-base-url" attribute.');
  }
}

export const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/** Which call failed: the sentence for a host client's own failure names it. */
export type CallName = 'load' | 'validate' | 'submit';

function couldNot(call: CallName): string {
  switch (call) {
    case 'load':
      return msg('Could not load the order details.');
    case 'validate':
      return msg('Could not check the order.');
    case 'submit':
      return msg('Could not place the order.');
  }
}

/** What the server's answer with a non-2xx status says to the user, without the status itself. */
function httpFailureText(status: number | undefined): string {
  if (status === 401) return msg('Your session has ended. Sign in again, then try again: what you entered is kept.');
  if (status === 403) return msg('You are not allowed to do this. Ask an administrator of your organization for access.');
  if (status === 404) return msg('The Partner Portal does not know this customer or plan.');
  return msg('The Partner Portal answered with an error. Try again in a moment.');
}

/** What a failed call says to the user, in the user's language. No HTTP status or internal code appears in it. */
export function failureText(error: unknown, call: CallName = 'load'): string {
  if (isAbort(error)) return msg('The request was interrupted. Try again.');
  if (!(error instanceof ApiError)) {
    if (error instanceof Error && error.message) return error.message;
    return msg('Something went wrong.');
  }
  switch (error.kind) {
    case 'timeout': {
      const seconds = Number(((error.timeoutMs ?? 0) / 1000).toFixed(1));
      return msg(str`The Partner Portal did not answer within ${seconds} seconds.`);
    }
    case 'network':
      return msg('The Partner Portal could not be reached. Check the connection.');
    case 'invalid-json':
      return msg('The Partner Portal sent a response that is not valid JSON.');
    case 'schema': {
      const issue = error.detail ?? '';
      return msg(str`The Partner Portal sent data the wizard cannot use: ${issue}.`);
    }
    case 'http':
      return httpFailureText(error.status);
    case 'rejected': {
      const what = couldNot(call);
      return error.detail ? `${what} ${error.detail}` : what;
    }
    case 'conflict':
      return error.message;
  }
}

/** What a restored draft had to change, as its note says it. */
export function restoreChangeText(code: RestoreChange['code']): string {
  switch (code) {
    case 'product-gone':
      return msg('The product you chose is no longer offered; choose again.');
    case 'quantity-below-usage':
      return msg('The quantity is now below what the customer uses; it needs more licenses.');
    case 'quantity-above-max':
      return msg('The quantity is now above the most that can be ordered.');
    case 'cadence-gone':
      return msg('The payment option you chose is no longer offered; the default is selected.');
    case 'cost-center-gone':
      return msg('The cost center you chose was removed; the default is selected.');
    case 'start-date-moved':
      return msg('The start date you chose is no longer possible; the default is used.');
  }
}

/** The text of the root's panels, buttons and dialog. */
export const wizardText = {
  purchaserRequiredHeading: () => msg('Purchaser privileges required'),
  purchaserRequired: () =>
    msg(
      'Pricing and ordering of license plans are available only to users with Purchaser privileges. They are not assigned by default. To request them, email',
    ),
  configErrorHeading: () => msg('The order wizard is not set up correctly'),
  orderPlacedHeading: () => msg('Order placed'),
  orderNumber: () => msg('Order number:'),
  confirmationSentTo: () => msg('A confirmation email has been sent to'),
  inEffectFrom: (date: string) => msg(str`The plan is in effect from ${date}.`),
  startAnotherOrder: () => msg('Start another order'),
  cancelledHeading: () => msg('Order cancelled'),
  nothingOrdered: () => msg('Nothing was ordered.'),
  startNewOrder: () => msg('Start a new order'),
  loading: () => msg('Loading the order details…'),
  loadFailedHeading: () => msg('The order details could not be loaded'),
  tryAgain: () => msg('Try again'),
  noPlanToChange: (planId: string) => msg(str`The Partner Portal sent no plan "${planId}" to change.`),
  restored: () => msg('Your unfinished order was restored.'),
  restoredChanges: () => msg('Some of it no longer fits and was changed:'),
  startOver: () => msg('Start over'),
  back: () => msg('Back'),
  cancel: () => msg('Cancel'),
  next: () => msg('Next'),
  backToReview: () => msg('Back to review'),
  placeOrder: () => msg('Place order'),
  placing: () => msg('Placing the order…'),
  cancelDialogHeading: () => msg('Cancel this order?'),
  cancelDialogBody: () => msg('The choices you made will be lost.'),
  keepEditing: () => msg('Keep editing'),
  discardOrder: () => msg('Discard order'),
};
