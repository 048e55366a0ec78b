/**
 * The panel after the order is placed. Its code, and the billing text only it and the later steps
 * use, come with the later steps' chunk (lazy-steps.ts): by the time an order is placed, Review has
 * loaded it, so the panel shows at once; otherwise the loading state shows until it is in.
 */
import type { OrderConfirmation } from '../../model/schemas.js';
import type { WizardView } from '../context.js';
import { loadedLaterSteps } from '../lazy-steps.js';
import { laterStepsPlaceholder } from '../lazy-step-placeholder.js';

/** See confirmation-panel.ts. `view` is the wizard as it was when the order was placed. */
export function confirmationPanel(confirmation: OrderConfirmation, view: WizardView | undefined, startAnother: () => void) {
  const chunk = loadedLaterSteps();
  if (!chunk) {
    return laterStepsPlaceholder();
  }
  return chunk.confirmationPanel(confirmation, view, startAnother);
}
