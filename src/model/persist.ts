/**
 * Keeps an unfinished draft across a reload: a storage key per customer, mode
 * and plan, and a small versioned record, written and read as text. Bringing a
 * stored draft back into a freshly loaded context is restore.ts, which only the
 * later steps' chunk loads. Pure: the storage is passed in, and every storage
 * failure (quota, private mode, no storage at all) is swallowed, since losing a
 * saved draft must never break the wizard.
 */
import type { StepId } from './schemas.js';
import type { Draft, WizardState } from './draft.js';

/** The part of the Web Storage API a draft needs; `localStorage` and `sessionStorage` fit. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DRAFT_VERSION = 1;

export interface DraftKeyParts {
  customerId: string;
  /** A mode, or whatever the `mode` attribute holds (a bad one still keys its own draft). */
  mode: string;
  /** The plan being changed; absent or empty when there is none. */
  planId?: string | null;
}

// encodeURIComponent escapes ':', so parts cannot run into each other; a plan id of
// exactly '-' is escaped too, so it cannot be taken for "no plan".
const part = (s: string) => (s === '-' ? '%2D' : encodeURIComponent(s));

/** The storage key of a draft: `lpw-draft:v1:<customer>:<mode>:<plan or ->`, each part URI-encoded. */
export function draftKey({ customerId, mode, planId }: DraftKeyParts): string {
  return `lpw-draft:v${DRAFT_VERSION}:${part(customerId)}:${part(mode)}:${planId ? part(planId) : '-'}`;
}

export interface StoredDraft {
  v: typeof DRAFT_VERSION;
  step: StepId;
  draft: Draft;
  savedAt?: number;
}

/** Runs a storage access, giving `fallback` instead when it throws. */
function safely<T>(access: () => T, fallback: T): T {
  try {
    return access();
  } catch {
    return fallback;
  }
}

/** Writes the state's step and draft under `key`. Returns false (never throws) when it could not be stored. */
export function saveDraft(storage: StorageLike | null | undefined, key: string, state: WizardState, now = Date.now()): boolean {
  return safely(() => {
    const record: StoredDraft = { v: DRAFT_VERSION, step: state.step, draft: state.draft, savedAt: now };
    storage!.setItem(key, JSON.stringify(record));
    return true;
  }, false);
}

/** The text stored under `key`, or null when there is none or storage cannot be read. Never throws. restore.ts reads it. */
export function readDraft(storage: StorageLike | null | undefined, key: string): string | null {
  return safely(() => storage!.getItem(key), null);
}

/** Forgets the draft under `key`. Never throws: a draft that cannot be removed will be refused or replaced later. */
export function clearDraft(storage: StorageLike | null | undefined, key: string): void {
  safely(() => storage!.removeItem(key), undefined);
}
