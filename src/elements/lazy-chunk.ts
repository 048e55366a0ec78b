/**
 * What the wizard loads on demand, as one chunk (see lazy-steps.ts): the later steps' elements,
 * which importing `../steps.ts` defines, and the panel shown once the order is placed.
 */
import '../steps.js';

export { confirmationPanel } from './license-plan-wizard/confirmation-panel.js';
