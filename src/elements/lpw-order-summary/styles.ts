import { css } from 'lit';
import { base } from '../shared/styles.js';

/** The summary follows the theme (--lpw-* properties); the wizard's width picks the box or the disclosure. */
export const orderSummaryStyles = [
  base,
  css`
    :host([hidden]) {
      display: none;
    }
    [part~='summary'] {
      border: 1px solid var(--lpw-border, #6b7280);
      border-radius: var(--lpw-radius, 4px);
      background: var(--lpw-surface, Canvas);
      padding: 0.75rem 1rem;
    }
    summary {
      font-weight: 600;
      cursor: pointer;
    }
    details[open] summary {
      margin-block-end: 0.5rem;
    }
    dl {
      display: grid;
      gap: 0.375rem;
      margin: 0 0 0.5rem;
    }
    dt {
      font-size: 0.925rem;
      color: var(--lpw-muted, color-mix(in srgb, currentColor 72%, transparent));
    }
    dd {
      margin: 0;
      overflow-wrap: break-word;
    }
    .estimate {
      border-block-start: 1px solid var(--lpw-border, #6b7280);
      padding-block-start: 0.375rem;
    }
    .hint {
      margin: 0;
    }
    .wide {
      display: none;
    }
    @container (min-width: 44rem) {
      .wide {
        display: block;
      }
      .narrow {
        display: none;
      }
    }
  `,
];
