import { css } from 'lit';
import { base } from '../shared/styles.js';

export const wizardStyles = [
  base,
  css`
    :host {
      /* Defaults for light and dark; a host page's own values on the element win over these. */
      color-scheme: light dark;
      --lpw-brand: light-dark(#0b5cad, #8ab4f8);
      --lpw-on-brand: light-dark(#fff, #0b1f33);
      --lpw-error: light-dark(#b3261e, #ffb4ab);
    }
    .actions,
    .end {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .actions {
      margin-block-start: var(--lpw-space, 1rem);
    }
    .end {
      margin-inline-start: auto;
    }
    dialog {
      max-inline-size: min(28rem, 100vw - 2rem);
    }
  `,
];
