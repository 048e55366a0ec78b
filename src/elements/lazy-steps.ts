/**
 * The later steps load on demand. Quantity, Payment, Start date, References, Review, the order
 * summary, the confirmation panel and what brings a stored draft back are one chunk
 * (`lazy-chunk.ts`) that a new order's first step does not wait for:
 * - once Product is painted, the chunk is requested while the browser is idle, so Next is
 *   instant in the usual case;
 * - a change order starts on Quantity, so its wizard asks for the chunk while its context loads
 *   (`requestLaterSteps`);
 * - a later step reached before the chunk is in (a quick user, a restored draft) shows the
 *   loading state until it is, then renders; a failed load says so and offers Try again
 *   (lazy-step-placeholder.ts).
 * This module imports nothing of the wizard's, so the step templates can use it at import time.
 */
import { nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { whenIdleAfterPaint } from '../scheduling.js';

type LazyChunk = typeof import('./lazy-chunk.js');

let loaded: LazyChunk | undefined;
let loading: Promise<LazyChunk> | undefined;
/** Who waits for the chunk, whichever load brings it (a failed load is tried again by the step that needs it). */
let waiting: ((chunk: LazyChunk) => void)[] = [];

/** Loads the later steps' chunk (once; after a failure, the next call tries again). Importing it defines their elements. */
export function loadLaterSteps(): Promise<LazyChunk> {
  if (!loading) {
    loading = import('./lazy-chunk.js').then(
      (chunk) => {
        loaded = chunk;
        const waited = waiting;
        waiting = [];
        for (const use of waited) use(chunk);
        return chunk;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
  }
  return loading;
}

/**
 * Calls `use` with the chunk: at once when it is in, else once a load of it succeeds (this call
 * starts one). A failed load is said by the step that needs the chunk, which offers Try again.
 */
export function withLaterSteps(use: (chunk: LazyChunk) => void): void {
  if (loaded) {
    use(loaded);
    return;
  }
  waiting.push(use);
  loadLaterSteps().catch(() => {
    // Shown by the step's placeholder (lazy-step-placeholder.ts); `use` still runs once a retry loads it.
  });
}

/** The later steps' chunk if it has loaded, else undefined. */
export function loadedLaterSteps(): LazyChunk | undefined {
  return loaded;
}

/** Asks for the chunk now, without waiting for it; a failed load is said by the step that needs it. */
export function requestLaterSteps(): void {
  if (loaded || loading) return;
  loadLaterSteps().catch((error: unknown) => {
    console.warn('license-plan-wizard: the later steps could not be loaded in advance.', error);
  });
}

let preloadScheduled = false;

/** Requests the chunk once the current frame is painted and the browser is idle (without idle callbacks: right after the paint). */
function preloadAfterPaint() {
  if (preloadScheduled) {
    return;
  }
  preloadScheduled = true;
  whenIdleAfterPaint(requestLaterSteps, { timeout: 2000, fallbackDelay: 0 });
}

/** In the first steps' templates: once one is painted, the later steps load in the background. Renders nothing. */
export const preloadLaterSteps = directive(
  class extends Directive {
    render() {
      preloadAfterPaint();
      return nothing;
    }
  },
);
