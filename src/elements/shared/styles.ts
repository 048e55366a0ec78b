import { css } from 'lit';

/** Styles shared by every element of the wizard. Colours and spacing come from --lpw-* custom properties. */
export const base = css`
  :host {
    display: block;
    color: var(--lpw-text, CanvasText);
    font-family: var(--lpw-font-family, inherit);
    line-height: 1.5;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The blocks that end with the base space (the breadcrumb's list and Review's tables too). */
  h2,
  fieldset,
  ol,
  table,
  .field,
  .summary,
  .note {
    margin: 0 0 var(--lpw-space, 1rem);
  }
  h2 {
    font-size: 1.25rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .hint {
    color: var(--lpw-muted, color-mix(in srgb, currentColor 72%, transparent));
    font-size: 0.925rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend,
  caption,
  .error,
  .summary a {
    font-weight: 600;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding-block: 0.375rem;
    font-weight: 400;
  }
  /* Radios and checkboxes: 24 × 24 px targets (WCAG 2.5.8). */
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
    flex: none;
    accent-color: var(--lpw-brand, #0b5cad);
  }
  .choice span {
    display: block;
  }
  /* Text fields, selects, buttons and the dialog share the surface, border and corners. */
  button,
  dialog,
  input:not([type=radio], [type=checkbox]),
  select {
    color: inherit;
    background: var(--lpw-surface, Canvas);
    border: 1px solid var(--lpw-border, #6b7280);
    border-radius: var(--lpw-radius, 4px);
  }
  input:not([type=radio], [type=checkbox]),
  select {
    font: inherit;
    padding: 0.5rem 0.625rem;
    min-block-size: 2.5rem;
    max-inline-size: 100%;
    box-sizing: border-box;
  }
  button {
    font: inherit;
    min-block-size: 2.5rem;
    min-inline-size: 2.5rem;
    padding: 0.5rem 1rem;
    border-color: var(--lpw-brand, #0b5cad);
    color: var(--lpw-brand, #0b5cad);
    cursor: pointer;
  }
  .primary {
    background: var(--lpw-brand, #0b5cad);
    color: var(--lpw-on-brand, #fff);
  }
  .link {
    border: 0;
    padding: 0.25rem;
    min-block-size: 1.5rem;
    background: none;
    text-decoration: underline;
  }
  [aria-disabled=true],
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--lpw-brand, #0b5cad);
    outline-offset: 2px;
  }
  [aria-invalid=true] {
    border-color: var(--lpw-error, #b3261e) !important;
    border-width: 2px !important;
  }
  .error,
  .summary a {
    color: var(--lpw-error, #b3261e);
  }
  .error {
    margin: 0;
  }
  .error::before {
    content: '⚠ ';
  }
  .summary {
    border: 3px solid var(--lpw-error, #b3261e);
    padding: 0.75rem 1rem;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .note {
    border-inline-start: 4px solid var(--lpw-brand, #0b5cad);
    padding: 0.5rem 0.75rem;
    background: color-mix(in srgb, var(--lpw-brand, #0b5cad) 8%, transparent);
  }
  /* Windows high contrast: the primary button keeps a heavier border. (forced-colors) means active. */
  @media (forced-colors) {
    .primary {
      border: 2px solid ButtonText;
    }
  }
  /* Also stops transitions a page adds through ::part(): inner !important rules win. */
  @media (prefers-reduced-motion) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
