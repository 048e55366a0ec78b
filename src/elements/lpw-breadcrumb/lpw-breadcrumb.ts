import { css, html, nothing } from 'lit';
import { WizardPart } from '../shared/wizard-part.js';
import type { WizardView } from '../context.js';
import { base } from '../shared/styles.js';
import { stepIndex } from '../../model/draft.js';
import { breadcrumbText as t, stepName, stepOf } from '../../localization/messages.js';

/**
 * The wizard's breadcrumb: the steps of the current mode, the current one
 * marked with `aria-current="step"`. Completed steps are buttons that go back.
 * @summary Step breadcrumb.
 * @tagname lpw-breadcrumb
 * @csspart breadcrumb - The `nav` element.
 * @csspart item - Each step's list item.
 * @csspart current - The current step's item.
 */
export class LpwBreadcrumb extends WizardPart {
  static override styles = [
    base,
    css`
      :host {
        container-type: inline-size;
      }
      ol {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.5rem;
        list-style: none;
        padding: 0;
      }
      li,
      .compact {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      .compact {
        display: none;
        flex-wrap: wrap;
        margin-block-end: 0.5rem;
      }
      li:not(:last-child)::after {
        content: '›';
        color: var(--lpw-muted, #6b7280);
      }
      li > *,
      button {
        padding: 0.25rem 0.5rem;
        min-block-size: 1.5rem;
      }
      button {
        border: 0;
        text-decoration: underline;
      }
      [aria-current] {
        font-weight: 700;
        border-block-end: 3px solid var(--lpw-brand, #0b5cad);
      }
      .todo {
        color: var(--lpw-muted, color-mix(in srgb, currentColor 65%, transparent));
      }
      /* Narrow: "Step n of N" and a toggle instead of the full list, which then runs down. */
      @container (max-width: 479px) {
        .compact {
          display: flex;
        }
        ol:not(.open) {
          display: none;
        }
        ol {
          flex-direction: column;
        }
        li:not(:last-child)::after {
          content: none;
        }
      }
    `,
  ];

  static override properties = { expanded: { state: true } };

  /** @internal Narrow layout: the full list is shown. Unset (collapsed) at first. */
  private expanded?: boolean;

  /** The steps, the current one and the language: a keystroke changes none of them (see WizardPart.shownParts). */
  protected override shownParts(view: WizardView | undefined) {
    return [view?.state.steps, view?.state.step, view?.catalogue];
  }

  protected override render() {
    const state = this.view?.state;
    if (!state) return nothing;
    const { steps, step: currentStep } = state;
    const current = stepIndex(state);
    const total = steps.length;
    const expanded = !!this.expanded;
    return html`<nav aria-label=${t.label()} part="breadcrumb">
      <div class="compact">
        <strong>${stepOf(current + 1, total, currentStep)}</strong>
        <button type="button" aria-expanded=${expanded} aria-controls="steps" @click=${() => (this.expanded = !this.expanded)}>
          ${expanded ? t.hideSteps() : t.showAllSteps()}
        </button>
      </div>
      <ol id="steps" class=${expanded ? 'open' : ''}>
        ${steps.map((step, i) => {
          // Each item: its position (for screen readers), the name, and whether it is done.
          const label = html`<span class="vh">${t.position(i + 1, total)} </span>${stepName(step)}`;
          if (i < current) {
            return html`<li part="item">
              <button type="button" @click=${() => this.intent({ type: 'go', step })}>
                ${label}<span class="vh">, ${t.completed()}</span>
              </button>
            </li>`;
          }
          if (i === current) return html`<li part="item current"><span aria-current="step">${label}</span></li>`;
          return html`<li part="item">
            <span class="todo">${label}<span class="vh">, ${t.notYet()}</span></span>
          </li>`;
        })}
      </ol>
    </nav>`;
  }
}
