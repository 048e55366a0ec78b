/**
 * The wizard's one message catalogue: every sentence a user reads comes from here, written with
 * @lit/localize's `msg()` so `lit-localize extract` finds it. Elements import their text from this
 * module only, never from each other.
 */
export * from './messages/words.js';
export * from './messages/problems.js';
export * from './messages/wizard.js';
export * from './messages/steps.js';
export * from './messages/later-steps.js';
export * from './messages/perf.js';
export * from './messages/money.js';
export * from './messages/embed.js';
export * from './messages/order.js';
