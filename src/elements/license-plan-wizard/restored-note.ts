/**
 * The note shown above the step when an unfinished order was brought back. It comes with the later
 * steps' chunk, as bringing a draft back does (model/restore.ts): the first step of a new order
 * never shows it.
 */
import { html, nothing } from 'lit';
import type { RestoreChange } from '../../model/restore.js';
import { restoreChangeText, wizardText as t } from '../../localization/messages.js';
import { secondaryButton } from './panels.js';

/** The note that an unfinished order was restored (or, with `intro`, carried into a changed plan), with what no longer fitted. */
export function restoredNote(changes: RestoreChange[], startOver: () => void, intro?: string) {
  const list = changes.length
    ? html`<p>${t.restoredChanges()}</p>
        <ul>
          ${changes.map((change) => html`<li>${restoreChangeText(change.code)}</li>`)}
        </ul>`
    : nothing;
  return html`<div class="note" role="status" part="restored">
    <p>${intro ?? t.restored()}</p>
    ${list} ${secondaryButton(t.startOver(), startOver)}
  </div>`;
}
