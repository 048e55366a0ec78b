/**
 * When work runs, so it does not lengthen the task that asks for it: in a later task, after the next
 * frame, or once the browser is idle after the next frame. The wizard's start, the render after an
 * edit, focus moves, its draft save, the Intl warm-up and the later steps' preload use these.
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

/** Resolves at the start of the next frame, in its frame callbacks, before its style and layout. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** How long `afterNextFrame` waits for a frame that does not come (a hidden page draws none). */
const NO_FRAME_FALLBACK_MS = 50;

/**
 * Resolves in the task after the next frame: a frame callback runs just before its frame is
 * rendered, and a zero-delay timer set there runs once it is. Work after it shows a frame later and
 * does not hold back the frame before it. In a page that draws no frames (hidden), it resolves after
 * a short timer instead.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_FALLBACK_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
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
