import { html, nothing, type PropertyValues } from 'lit';
import type { StepId } from '../../model/schemas.js';
import { describeProblem, stepName, stepText as t } from '../../localization/messages.js';
import type { WizardView } from '../context.js';
import type { ChangeField, Draft, Field } from '../../model/draft.js';
import { questionOfField } from '../../model/rules.js';
import { warmUpAfterPaint } from '../../localization/format.js';
import { WizardPart } from './wizard-part.js';

/**
 * What every step shares: it reads the wizard through context, sends intents
 * up to the root, and renders its heading, fields and errors the same way.
 */
export abstract class StepElement extends WizardPart {
  /** Which step this element renders; its heading is the step's name. */
  protected abstract readonly step: StepId;

  protected abstract renderStep(view: WizardView): unknown;

  /**
   * Once a step is on screen, the Intl objects of its language are made in idle time after the
   * paint, so the next step's numbers and dates cost nothing on Next (see warmUpAfterPaint).
   */
  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const view = this.view;
    if (view) warmUpAfterPaint(view.fmt);
  }

  /**
   * The heading, then the error summary (as on GOV.UK): every problem, each a
   * link that moves focus to its field. It is the one place errors are announced.
   */
  protected override render() {
    const view = this.view;
    if (!view) return nothing;
    const fields = Object.keys(view.state.problems) as Field[];
    return html`<h2 tabindex="-1" part="heading">${stepName(this.step)}</h2>
      ${
        fields.length
          ? html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
              <h3 id="summary-title">${t.problemHeading()}</h3>
              <ul>
                ${fields.map((field) => {
                  const text = this.message(field);
                  return field === 'form'
                    ? html`<li>${text}</li>`
                    : html`<li>
                        <a
                          href="#${field}-error"
                          @click=${(e: Event) => {
                            e.preventDefault();
                            this.focusOn(`[aria-describedby~="${field}-error"]`);
                          }}
                          >${text}</a
                        >
                      </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }${this.renderStep(view)}`;
  }

  /** Focuses the first element matching `selector`. Returns false if there is none. */
  private focusOn(selector: string) {
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    el?.focus();
    return !!el;
  }

  /** Moves focus to the heading, so keyboard and screen-reader users keep their place. */
  focusHeading() {
    this.focusOn('h2');
  }

  /** Moves focus to the error summary. Returns false if there is none. */
  focusErrors(): boolean {
    return this.focusOn('.summary');
  }

  protected edit(patch: Partial<Draft>) {
    this.intent({ type: 'edit', patch });
  }

  protected message(field: Field): string | undefined {
    const { state, fmt } = this.view!;
    const problem = state.problems[field];
    return problem && describeProblem(field, problem, fmt);
  }

  /** The error paragraph for a field; its id is `${field}-error`, referenced by aria-describedby. */
  protected error(field: Field) {
    const text = this.message(field);
    return text ? html`<p class="error" part="error" id="${field}-error">${text}</p>` : nothing;
  }

  /** aria-describedby value: the hint's id (if any) plus the error's id when there is an error. */
  protected describedBy(field: Field, hint = '') {
    return describedByIds(hint, this.errorId(field));
  }

  /** The id of the field's error paragraph when it has an error, else ''. */
  private errorId(field: Field) {
    return this.message(field) ? `${field}-error` : '';
  }

  protected invalid(field: Field) {
    return this.view!.state.problems[field] ? 'true' : nothing;
  }

  /**
   * A labelled field: the label, an optional hint (id `${id}-hint`), the field's
   * error, then the control, which wires itself with invalid() and describedBy().
   */
  protected field(field: Field, id: string, label: string, hint: unknown, control: unknown) {
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing} ${this.error(field)} ${control}
    </div>`;
  }

  /**
   * A radio group: the legend, the field's error, and one radio per option, with
   * the id `${name}-${value}`, its label and an optional hint read as its description.
   */
  protected radios<T extends string | number | boolean>(
    field: Field,
    name: string,
    legend: string,
    options: [value: T, label: string, hint?: unknown][],
    selected: T | null,
    select: (value: T) => void,
  ) {
    // The field's error is looked up once for the group, not once per radio (catalogues can be long).
    const invalid = this.invalid(field);
    const errorId = this.errorId(field);
    return html`<fieldset part="field">
      <legend>${legend}</legend>
      ${this.error(field)}
      ${options.map(([value, label, hint]) => {
        const id = `${name}-${value}`;
        const hintId = hint ? `${id}-hint` : '';
        return html`<div class="choice">
          <input
            type="radio"
            id=${id}
            name=${name}
            .checked=${value === selected}
            aria-invalid=${invalid}
            aria-describedby=${describedByIds(hintId, errorId)}
            @change=${() => select(value)}
          /><span><label for=${id}>${label}</label>${hint ? html`<span class="hint" id=${hintId}>${hint}</span>` : nothing}</span>
        </div>`;
      })}
    </fieldset>`;
  }

  /** A yes/no radio group for change mode; the plan's current value is shown until the answer is yes. */
  protected question(field: ChangeField, legend: string, current: unknown) {
    const key = questionOfField(field);
    const answer = this.view!.state.draft.change[key];
    return html`${this.radios(
      field,
      field,
      legend,
      [
        [true, t.yes()],
        [false, t.no()],
      ],
      answer,
      (value) => this.edit({ change: { ...this.view!.state.draft.change, [key]: value } }),
    )}
    ${answer === true ? nothing : html`<p class="current">${current}</p>`}`;
  }
}

/** An aria-describedby value from a hint id and an error id (either may be ''), or nothing when both are. */
function describedByIds(hintId: string, errorId: string) {
  return `${hintId} ${errorId}`.trim() || nothing;
}
