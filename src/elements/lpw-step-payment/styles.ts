import { css } from 'lit';
import { base } from '../shared/styles.js';

/** Payment's cards: each is a native radio with its label; the label's box covers the card, so a click anywhere picks it. */
export const paymentStyles = [
  base,
  css`
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem;
      margin-block-start: 0.5rem;
    }
    .card {
      position: relative;
      display: flex;
      align-items: flex-start;
      gap: 0.625rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--lpw-border, #6b7280);
      border-radius: var(--lpw-radius, 4px);
      background: var(--lpw-surface, Canvas);
    }
    .card:has(input:checked) {
      border-color: var(--lpw-brand, #0b5cad);
      box-shadow: inset 0 0 0 1px var(--lpw-brand, #0b5cad);
    }
    .card:has(input:focus-visible) {
      outline: 2px solid var(--lpw-brand, #0b5cad);
      outline-offset: 2px;
    }
    .card input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0.125rem 0 0;
      flex: none;
      accent-color: var(--lpw-brand, #0b5cad);
    }
    .card input:focus-visible {
      outline: none;
    }
    .card label {
      cursor: pointer;
    }
    .card label::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .body,
    .details {
      display: grid;
      gap: 0.125rem;
      min-inline-size: 0;
    }
    .details {
      font-size: 0.925rem;
    }
    .amount {
      font-size: 1.05rem;
    }
    .tag {
      font-weight: 600;
    }
    .saving {
      color: var(--lpw-success, light-dark(#1e6b34, #7fd49a));
    }
    @media (forced-colors) {
      .card:has(input:checked) {
        border: 3px solid Highlight;
      }
    }
  `,
];
