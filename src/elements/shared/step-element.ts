import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { StepId } from '../../model/schemas.js';
import { stepName } from '../lpw-breadcrumb/lpw-breadcrumb.js';
import type { WizardView } from '../context.js';
import type { Field } from '../../model/draft.js';
import type { Draft } from '../../model/draft.js';
import { describeProblem } from './messages.js';
import { WizardPart } from './wizard-part.js';

/**
 * What every step shares: it reads the wizard through context, sends intents
 * up to the root, and renders its heading and field errors the same way.
 */
export abstract class StepElement extends WizardPart {
  /** Which step this element renders; its heading is the step's name. */
  protected abstract readonly step: StepId;

  protected abstract renderStep(view: WizardView): unknown;

  protected override render() {
    const view = this.view;
    if (!view) return nothing;
    return html`<h2 tabindex="-1" part="heading">${stepName(this.step)}</h2>
      ${this.renderSummary(view)}${this.renderStep(view)}`;
  }

  /**
   * The error summary at the top of the step (as on GOV.UK): every problem, each
   * a link that moves focus to its field. It is the one place errors are announced.
   */
  private renderSummary(view: WizardView) {
    const fields = Object.keys(view.state.problems) as Field[];
    if (!fields.length) return nothing;
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h3 id="summary-title">${msg('There is a problem')}</h3>
      <ul>
        ${fields.map((field) => {
          const text = this.message(field);
          return field === 'form'
            ? html`<li>${text}</li>`
            : html`<li><a href="#${field}-error" @click=${(e: Event) => this.focusField(e, field)}>${text}</a></li>`;
        })}
      </ul>
    </div>`;
  }

  private focusField(e: Event, field: Field) {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`[aria-describedby~="${field}-error"]`)?.focus();
  }

  /** Moves focus to the heading, so keyboard and screen-reader users keep their place. */
  focusHeading() {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Moves focus to the error summary. Returns false if there is none. */
  focusErrors(): boolean {
    const el = this.renderRoot.querySelector<HTMLElement>('.summary');
    el?.focus();
    return !!el;
  }

  protected edit(patch: Partial<Draft>) {
    this.intent({ type: 'edit', patch });
  }

  protected message(field: Field): string | undefined {
    const view = this.view!;
    const problem = view.state.problems[field];
    return problem && describeProblem(field, problem, view.fmt);
  }

  /** The error paragraph for a field; its id is `${field}-error`, referenced by aria-describedby. */
  protected error(field: Field) {
    const text = this.message(field);
    return text ? html`<p class="error" part="error" id="${field}-error">${text}</p>` : nothing;
  }

  /** aria-describedby value: hint ids plus the error id when there is an error. */
  protected describedBy(field: Field, ...hints: string[]) {
    return [...hints, this.message(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  protected invalid(field: Field) {
    return this.view!.state.problems[field] ? 'true' : nothing;
  }

  /** One radio with its label and an optional hint read as its description. */
  protected radio(o: { group: string; id: string; label: string; hint?: unknown; checked: boolean; field: Field; select: () => void }) {
    const hintId = o.hint ? `${o.id}-hint` : '';
    return html`<div class="choice">
      <input
        type="radio"
        id=${o.id}
        name=${o.group}
        .checked=${o.checked}
        aria-invalid=${this.invalid(o.field)}
        aria-describedby=${this.describedBy(o.field, hintId)}
        @change=${o.select}
      /><span><label for=${o.id}>${o.label}</label>${o.hint ? html`<span class="hint" id=${hintId}>${o.hint}</span>` : nothing}</span>
    </div>`;
  }

  /** A yes/no radio group for change mode. */
  protected question(field: 'change-quantity' | 'change-payment' | 'change-references', legend: string, current: unknown) {
    const key = field.slice(7) as 'quantity' | 'payment' | 'references';
    const answer = this.view!.state.draft.change[key];
    const choice = (value: boolean, label: string) =>
      this.radio({
        group: field,
        id: `${field}-${value}`,
        label,
        checked: answer === value,
        field,
        select: () => this.edit({ change: { ...this.view!.state.draft.change, [key]: value } }),
      });
    return html`<fieldset part="field">
        <legend>${legend}</legend>
        ${this.error(field)} ${choice(true, msg('Yes'))} ${choice(false, msg('No'))}
      </fieldset>
      ${answer === true ? nothing : html`<p class="current">${current}</p>`}`;
  }
}
