import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WizardState } from '../../model/draft.js';
import { whenIdleAfterPaint } from '../../scheduling.js';
import { clearDraft, readDraft, saveDraft, type StorageLike } from '../../model/persist.js';

export interface DraftStoreOptions {
  /** Whether drafts are kept now (not with `no-persist`, nor without Purchaser privileges or a usable configuration). */
  enabled: () => boolean;
  /** The storage key of this order's draft (one per customer, mode and plan). */
  key: () => string;
  /** The state to save now, or undefined when there is nothing to keep (no order, placed, cancelled). */
  savable: () => WizardState | undefined;
}

/**
 * Keeps the unfinished order in sessionStorage across reloads: it saves when asked (on each step
 * change) once the browser is idle after the next frame, and at once on `pagehide` and when the
 * element is disconnected; it gives back the stored draft for a freshly loaded context to start
 * from; it clears it once the order is placed, reset or cancelled (a save still waiting is dropped).
 * Without sessionStorage (private mode, sandboxed frames) drafts are simply not kept.
 *
 * Writing the draft costs a few milliseconds (JSON and storage): done in the step change's own
 * task, it delayed the new step's paint. What is saved is the state as it is when the save runs.
 */
export class DraftStoreController implements ReactiveController {
  #options: DraftStoreOptions;
  /** Cancels the save asked for and not made yet, if there is one. */
  #cancelPendingSave?: () => void;

  constructor(host: ReactiveControllerHost, options: DraftStoreOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.saveNow);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.saveNow);
    this.saveNow();
  }

  /** Asks for a save once the next frame is painted and the browser is idle. Asking again before then changes nothing. */
  save(): void {
    if (this.#cancelPendingSave) return;
    this.#cancelPendingSave = whenIdleAfterPaint(this.saveNow, { timeout: 1000, fallbackDelay: 0 });
  }

  /** Saves the current state now, if there is one to keep; a save still waiting is then not needed. */
  saveNow = (): void => {
    this.#dropPendingSave();
    const state = this.#options.savable();
    if (state) this.#withStorage((storage, key) => saveDraft(storage, key, state));
  };

  /** Removes the stored draft; a save still waiting is dropped. */
  clear(): void {
    this.#dropPendingSave();
    this.#withStorage(clearDraft);
  }

  /** The text of the unfinished order kept for this order's key, if there is one (and drafts are kept); restore.ts reads it. */
  load(): string | undefined {
    return this.#withStorage(readDraft) ?? undefined;
  }

  #dropPendingSave() {
    this.#cancelPendingSave?.();
    this.#cancelPendingSave = undefined;
  }

  #withStorage<T>(use: (storage: StorageLike, key: string) => T): T | undefined {
    if (!this.#options.enabled()) return undefined;
    try {
      return use(sessionStorage, this.#options.key());
    } catch {
      // sessionStorage is not available: the draft is not kept.
      return undefined;
    }
  }
}
