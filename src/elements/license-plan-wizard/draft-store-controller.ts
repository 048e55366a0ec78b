import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WizardState } from '../../model/draft.js';
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
 * change), on `pagehide` and when the element is disconnected; it gives back the stored draft for a
 * freshly loaded context to start from; it clears it once the order is placed, reset or cancelled. Without
 * sessionStorage (private mode, sandboxed frames) drafts are simply not kept.
 */
export class DraftStoreController implements ReactiveController {
  #options: DraftStoreOptions;

  constructor(host: ReactiveControllerHost, options: DraftStoreOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.save);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.save);
    this.save();
  }

  /** Saves the current state, if there is one to keep. */
  save = (): void => {
    const state = this.#options.savable();
    if (state) this.#withStorage((storage, key) => saveDraft(storage, key, state));
  };

  clear(): void {
    this.#withStorage(clearDraft);
  }

  /** The text of the unfinished order kept for this order's key, if there is one (and drafts are kept); restore.ts reads it. */
  load(): string | undefined {
    return this.#withStorage(readDraft) ?? undefined;
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
