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
  input:not([type='radio'], [type='checkbox']),
  select {
    color: inherit;
    background: var(--lpw-surface, Canvas);
    border: 1px solid var(--lpw-border, #6b7280);
    border-radius: var(--lpw-radius, 4px);
  }
  input:not([type='radio'], [type='checkbox']),
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
  [aria-disabled='true'],
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--lpw-brand, #0b5cad);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
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
  /* Information: the brand colour. A failure (role=alert) takes the error colour and its icon instead. */
  .note {
    border-inline-start: 4px solid var(--lpw-brand, #0b5cad);
    padding: 0.5rem 0.75rem;
    background: color-mix(in srgb, var(--lpw-brand, #0b5cad) 8%, transparent);
  }
  .note[role='alert'] {
    border-inline-start-color: var(--lpw-error, #b3261e);
    background: color-mix(in srgb, var(--lpw-error, #b3261e) 8%, transparent);
  }
  [role='alert'] > h2 {
    color: var(--lpw-error, #b3261e);
  }
  [role='alert'] > h2::before {
    content: '⚠ ';
  }
  /* Work under way (checking, placing): a spinner before the text. */
  p[role='status']:not(.vh)::before {
    content: '';
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.125em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: lpw-spin 0.8s linear infinite;
  }
  @keyframes lpw-spin {
    to {
      transform: rotate(1turn);
    }
  }
  /* The wizard's width decides the layout (see the container queries below and in each part). */
  [part~='base'] {
    container-type: inline-size;
  }
  /* The step, and the order summary beside it when the wizard is wide enough. The summary takes no
     room until it is defined: it comes with the later steps, and an empty column or row until then
     would move the first step when the summary hides itself there. */
  .layout {
    display: grid;
    gap: var(--lpw-space, 1rem);
  }
  .layout > lpw-order-summary:not(:defined) {
    display: none;
  }
  @container (min-width: 44rem) {
    .layout:has(> lpw-order-summary:defined:not([hidden])) {
      grid-template-columns: minmax(0, 1fr) minmax(13rem, 18rem);
      align-items: start;
    }
  }
  /* The first load's skeleton: grey bars where the step's heading and options will be. */
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton .bar {
    display: block;
    block-size: 1rem;
    inline-size: 70%;
    border-radius: var(--lpw-radius, 4px);
    background: color-mix(in srgb, currentColor 12%, transparent);
    animation: lpw-pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton .heading {
    block-size: 1.5rem;
    inline-size: 40%;
  }
  .skeleton .option {
    block-size: 2.5rem;
    inline-size: 100%;
  }
  @keyframes lpw-pulse {
    to {
      opacity: 0.5;
    }
  }
  /* The confirmation: a success cue, then facts as label–value pairs; a long email wraps rather than overflows. */
  .success {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-block-end: var(--lpw-space, 1rem);
    color: var(--lpw-success, light-dark(#1e6b34, #7fd49a));
  }
  .success h2 {
    margin: 0;
    color: var(--lpw-text, CanvasText);
  }
  .success .icon {
    flex: none;
  }
  .facts {
    display: grid;
    gap: 0.375rem;
    margin: 0 0 var(--lpw-space, 1rem);
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .facts dt {
    flex: 0 0 10rem;
    font-weight: 600;
  }
  .facts dd {
    flex: 1 1 12rem;
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .email {
    overflow-wrap: anywhere;
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
