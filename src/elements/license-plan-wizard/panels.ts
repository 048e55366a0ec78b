/** What the root renders instead of, or around, the current step: message panels, the restore note, the cancel dialog. */
import { html, nothing } from 'lit';
import type { RestoreChange } from '../../model/restore.js';
import { stepIndex, type WizardState } from '../../model/draft.js';
import { failureText, wizardText as t } from '../../localization/messages.js';
import { loadedLaterSteps } from '../lazy-steps.js';
import { STEP_TEMPLATES } from './step-templates.js';

/** A secondary button (Back, Cancel, Try again, Start over…). */
export const secondaryButton = (label: string, onClick: () => unknown) =>
  html`<button type="button" part="secondary-button" @click=${onClick}>${label}</button>`;

/** A panel that replaces the steps; its heading (`#done`) takes focus. */
function panel(heading: string, body: unknown, role?: 'alert') {
  return html`<section part="panel" role=${role ?? nothing}>
    <h2 id="done" tabindex="-1" part="heading">${heading}</h2>
    ${body}
  </section>`;
}

export function purchaserRequiredPanel(contactEmail: string) {
  return panel(
    t.purchaserRequiredHeading(),
    html`<p>${t.purchaserRequired()} <a href="mailto:${contactEmail}">${contactEmail}</a>.</p>`,
  );
}

export function configErrorPanel(text: string) {
  return panel(t.configErrorHeading(), html`<p>${text}</p>`, 'alert');
}

/** `instead` replaces "Nothing was ordered." when that is not known to be true. */
export function cancelledPanel(startNew: () => void, instead?: string) {
  return panel(
    t.cancelledHeading(),
    html`<p>${instead ?? t.nothingOrdered()}</p>
      ${secondaryButton(t.startNewOrder(), startNew)}`,
  );
}

/** The first load: a skeleton of a step (a heading and a few options) while the panel is busy. */
export function loadingPanel() {
  return html`<section part="panel" aria-busy="true">
    <p role="status" class="vh">${t.loading()}</p>
    <div class="skeleton" aria-hidden="true">
      <span class="bar heading"></span>
      <span class="bar"></span>
      <span class="bar option"></span>
      <span class="bar option"></span>
      <span class="bar option"></span>
    </div>
  </section>`;
}

export function loadErrorPanel(error: unknown, retry: () => void) {
  return panel(
    t.loadFailedHeading(),
    html`<p>${failureText(error)}</p>
      ${secondaryButton(t.tryAgain(), retry)}`,
    'alert',
  );
}

/** Asks before a changed order is thrown away; `warning` replaces the usual text (the order may already exist). */
export function cancelDialog(keepEditing: () => void, discard: () => void, warning?: string) {
  return html`<dialog aria-labelledby="cancel-title">
    <h2 id="cancel-title">${t.cancelDialogHeading()}</h2>
    <p>${warning ?? t.cancelDialogBody()}</p>
    <div class="actions">
      ${secondaryButton(t.keepEditing(), keepEditing)}
      <button type="button" class="primary" part="primary-button" @click=${discard}>${t.discardOrder()}</button>
    </div>
  </dialog>`;
}

export interface ActionRow {
  /** Back, when there is a step to go back to. */
  back?: () => void;
  cancel: () => void;
  /** Next, Back to review or Place order; `unavailable` says why pressing it does nothing now. */
  primary: { label: string; disabled: boolean; busy: boolean; unavailable?: string; press: () => void };
}

/** The row of buttons under the step: Back and Cancel, then the primary button at the end. */
export function actionRow({ back, cancel, primary }: ActionRow) {
  return html`<div class="actions" part="actions">
    ${back ? secondaryButton(t.back(), back) : nothing} ${secondaryButton(t.cancel(), cancel)}
    <span class="end">
      <button
        type="button"
        class="primary"
        part="primary-button"
        ?disabled=${primary.disabled}
        aria-disabled=${primary.busy || primary.unavailable ? 'true' : nothing}
        aria-describedby=${primary.unavailable ? 'primary-why' : nothing}
        @click=${primary.press}
      >
        ${primary.label}
      </button>
    </span>
    ${primary.unavailable ? html`<p id="primary-why" class="hint">${primary.unavailable}</p>` : nothing}
  </div>`;
}

export interface StepLayout {
  wizard: WizardState;
  /** Change mode with nothing changed: there is nothing to place. */
  nothingToPlace: boolean;
  /** The order is being placed: Place order is busy and a status says so. */
  placing: boolean;
  /** Why Place order cannot place the order now, when it cannot. */
  notReady?: string;
  /**
   * The restored note, when the order was restored or carried into a changed plan. Bringing a
   * draft back needs the later steps' chunk (restore.ts), which also brings the note.
   */
  restored?: { changes: RestoreChange[]; startOver: () => void; planChanged: boolean };
  /** Back, Next (or Back to review) and Place order. */
  act: (intent: 'back' | 'next' | 'place-order') => void;
  cancel: () => void;
  /** The confirm-to-leave dialog. */
  dialog: unknown;
}

/**
 * A step with the breadcrumb above it, the order summary beside it, and the buttons under it: Back
 * (not on the first step, nor when Next returns to Review), Cancel, and Next, Back to review or, on
 * Review, Place order.
 */
export function stepLayout({ wizard, nothingToPlace, placing, notReady, restored, act, cancel, dialog }: StepLayout) {
  const { step, returnToReview } = wizard;
  const onReview = step === 'review';
  let label = t.next();
  if (onReview) label = t.placeOrder();
  else if (returnToReview) label = t.backToReview();
  const canGoBack = stepIndex(wizard) > 0 && !returnToReview;
  const primary = {
    label,
    disabled: onReview && nothingToPlace,
    busy: onReview && placing,
    unavailable: notReady,
    press: () => act(onReview ? 'place-order' : 'next'),
  };
  return html`<lpw-breadcrumb exportparts="breadcrumb, item, current"></lpw-breadcrumb>
    ${restored ? loadedLaterSteps()?.restoredNote(restored) : nothing}
    <div class="layout">
      <section part="panel" data-step>${STEP_TEMPLATES[step]}</section>
      <lpw-order-summary exportparts="summary: order-summary"></lpw-order-summary>
    </div>
    ${actionRow({ back: canGoBack ? () => act('back') : undefined, cancel, primary })}
    ${placing ? html`<p role="status">${t.placing()}</p>` : nothing} ${dialog}`;
}
