/**
 * What the wizard loads on demand, as one chunk (see lazy-steps.ts): the later steps' elements,
 * which importing `../steps.ts` defines, the panel shown once the order is placed, and the order
 * controller that checks and places the order on Review.
 */
import '../steps.js';

export { confirmationPanel } from './license-plan-wizard/confirmation-panel.js';
export { OrderController } from './license-plan-wizard/order-controller.js';
