/**
 * When work runs, so it does not lengthen the task that asks for it: in a later task, or once the
 * browser is idle after the next frame. The wizard's start, its draft save, the Intl warm-up and
 * the later steps' preload use these.
 */

/** `scheduler.yield()` of the Prioritized Task Scheduling API, where the browser has it. */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a later task of the event loop, so the work after it does not lengthen the task
 * running now: `scheduler.yield()` where the browser has it (its continuation goes ahead of other
 * queued tasks), else a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface IdleOptions {
  /** The longest wait for an idle moment, in milliseconds (requestIdleCallback's `timeout`). */
  timeout: number;
  /** Where the browser has no idle callbacks: how long to wait instead, in milliseconds. */
  fallbackDelay: number;
}

/** Runs `work` once the browser is idle. Returns a function that cancels it if it has not run. */
export function whenIdle(work: () => void, { timeout, fallbackDelay }: IdleOptions): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idleCallback = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(idleCallback);
  }
  const timer = setTimeout(work, fallbackDelay);
  return () => clearTimeout(timer);
}

/**
 * Runs `work` once the next frame is painted and the browser is idle: a frame callback runs just
 * before its frame is painted, and the idle time it asks for comes after. Returns a function that
 * cancels it if it has not run.
 */
export function whenIdleAfterPaint(work: () => void, options: IdleOptions): () => void {
  let cancelIdle: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(work, options);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle?.();
  };
}
