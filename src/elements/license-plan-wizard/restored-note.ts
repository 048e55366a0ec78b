/**
 * The note shown above the step when an unfinished order was brought back. It comes with the later
 * steps' chunk, as bringing a draft back does (model/restore.ts): the first step of a new order
 * never shows it.
 */
import { html, nothing } from 'lit';
import type { RestoreChange } from '../../model/restore.js';
import { orderText, restoreChangeText, wizardText as t } from '../../localization/messages.js';
import { secondaryButton } from './panels.js';

export interface RestoredNote {
  /** What no longer fitted the fresh context. */
  changes: RestoreChange[];
  startOver: () => void;
  /** The order was carried into a plan someone else changed, rather than restored after a reload. */
  planChanged: boolean;
}

/** The note that an unfinished order was restored (or carried into a changed plan), with what no longer fitted. */
export function restoredNote({ changes, startOver, planChanged }: RestoredNote) {
  const list = changes.length
    ? html`<p>${t.restoredChanges()}</p>
        <ul>
          ${changes.map((change) => html`<li>${restoreChangeText(change.code)}</li>`)}
        </ul>`
    : nothing;
  return html`<div class="note" role="status" part="restored">
    <p>${planChanged ? orderText.planChanged() : t.restored()}</p>
    ${list} ${secondaryButton(t.startOver(), startOver)}
  </div>`;
}
