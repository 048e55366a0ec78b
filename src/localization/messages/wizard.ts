/** The root element's own text: its panels, configuration mistakes, failed calls and restore notes. */
import { msg, str } from '@lit/localize';
import type { RestoreChange } from '../../model/restore.js';
import { ApiError, OrderRejectedError, isAbortError, type ApiErrorKind } from '../../api/errors.js';
import type { ConfigProblem } from '../../model/config.js';

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
      return msg(
        'No API client: set the "client" property, provide one through apiClientContext, or set the "api-base-url" attribute.',
      );
  }
}

/** Which call failed. */
export type CallName = 'load' | 'validate' | 'submit';

/** The `kind` of an ApiError (read by shape, so a host's own copy of the class counts too). */
function apiErrorKind(error: unknown): ApiErrorKind | undefined {
  if (!(error instanceof Error) || !('kind' in error)) return undefined;
  return error.kind as ApiErrorKind;
}

/** What the server's answer with a non-2xx status says, without the status itself. */
function httpFailureText(status: number | undefined): string {
  if (status === 401) return msg('Your session has ended. Sign in again, then try again: what you entered is kept.');
  if (status === 403) return msg('You are not allowed to do this. Ask an administrator of your organization for access.');
  if (status === 404) return msg('The Partner Portal does not know this customer or plan.');
  return msg('The Partner Portal could not complete the request. Try again in a moment.');
}

/**
 * What a failed call says to the user: one plain sentence per kind of failure. No HTTP status,
 * stack or server detail: hosts get those through `lpw-error`. A refusal with field errors says
 * the server's own messages, which are written for users.
 */
export function failureText(error: unknown): string {
  if (isAbortError(error)) return msg('The request was interrupted. Try again.');
  if (error instanceof OrderRejectedError) return error.errors.map((e) => e.message).join(' ') || msg('The order was refused.');
  switch (apiErrorKind(error)) {
    case 'network':
      return msg('The Partner Portal could not be reached. Check the connection and try again.');
    case 'timeout':
      return msg('The Partner Portal took too long to answer. Try again.');
    case 'http':
      return httpFailureText(error instanceof ApiError ? error.status : undefined);
    case 'rejected':
      return msg('The Partner Portal could not complete the request. Try again in a moment.');
    case 'invalid-json':
    case 'schema':
      return msg(
        'The Partner Portal sent an answer the wizard cannot read. Try again later, or contact your Pexip account manager.',
      );
    case 'conflict':
      return msg('The order changed on the Partner Portal after it was checked. Check it again before placing it.');
    case 'limit':
      // Written in the user's language where the limit was found.
      return error instanceof Error ? error.message : msg('Something went wrong. Try again.');
  }
  // The wizard's own errors (a plan that is not there) carry a sentence for users.
  if (error instanceof Error && error.message) return error.message;
  return msg('Something went wrong. Try again.');
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
  cancelledHeading: () => msg('Order cancelled'),
  nothingOrdered: () => msg('Nothing was ordered.'),
  startNewOrder: () => msg('Start a new order'),
  loading: () => msg('Loading the order details…'),
  loadFailedHeading: () => msg('The order details could not be loaded'),
  tryAgain: () => msg('Try again'),
  stepLoadFailed: () => msg('This step could not be loaded. Check the connection and try again.'),
  noPlanToChange: () =>
    msg('The plan to change was not found. It may have been removed; start a new order or ask your Pexip account manager.'),
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
