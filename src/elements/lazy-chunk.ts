/**
 * What the wizard loads on demand, as one chunk (see lazy-steps.ts): the later steps' elements,
 * which importing `../steps.ts` defines, the panel shown once the order is placed, the order
 * controller that checks and places the order on Review, and what brings a draft back after a
 * reload or a plan change, with its note.
 */
import '../steps.js';

export { confirmationPanel } from './license-plan-wizard/confirmation-panel.js';
export { OrderController } from './license-plan-wizard/order-controller.js';
export { restoredNote } from './license-plan-wizard/restored-note.js';
export { resumeOrder } from '../model/restore.js';
