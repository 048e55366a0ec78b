import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import { startDateText as t } from '../../localization/messages.js';

/**
 * The billing start date. The plan is active as soon as it is ordered; billing
 * is counted from this date, within the window the context allows.
 * @summary Start date step.
 * @tagname lpw-step-start-date
 * @csspart heading - The step's heading.
 * @csspart field - The date field.
 * @csspart error - A field's error message.
 */
export class LpwStepStartDate extends StepElement {
  protected get step() {
    return 'start-date' as const;
  }

  protected renderStep({ context, state, fmt }: WizardView) {
    const { earliest, latest } = context.startDate;
    const from = fmt.date(earliest);
    const to = fmt.date(latest);
    return html`<p>${t.explanation()}</p>
      ${this.field(
        'startDate',
        'start-date',
        t.label(),
        t.window(from, to),
        html`<input
          id="start-date"
          type="date"
          required
          min=${earliest}
          max=${latest}
          .value=${live(state.draft.startDate)}
          aria-invalid=${this.invalid('startDate')}
          aria-describedby=${this.describedBy('startDate', 'start-date-hint')}
          @input=${(e: Event) => this.edit({ startDate: (e.target as HTMLInputElement).value })}
        />`,
      )}`;
  }
}
