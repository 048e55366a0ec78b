// Exact main-thread task durations from a Chromium trace. Only two light
// categories are recorded: `toplevel` (one `ThreadControllerImpl::RunTask`
// event per task on every thread, and the microtask checkpoints) and `blink.user_timing` (the probe's
// `bench:painted` mark, which ties the trace clock to the page's performance.now()).
const CATEGORIES = ['-*', 'toplevel', 'blink.user_timing', '__metadata'];
const PAINTED_MARK = 'bench:painted';
const TASK_EVENT = 'ThreadControllerImpl::RunTask';
const MICROTASKS_EVENT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A microtask checkpoint starting this soon after a task's end is that task's own. */
const SAME_TASK_US = 50;

export async function startTrace(page) {
  await page.tracing.start({ categories: CATEGORIES });
}

/** Stops the trace and parses its events. */
export async function stopTrace(page) {
  const buffer = await page.tracing.stop();
  return JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
}

/**
 * The renderer main thread's tasks, in order, as `{ ts, end }` spans (trace microseconds). A task is a
 * `RunTask` event together with the microtask checkpoint that follows it: Chromium records that
 * checkpoint after the task's event, not inside it, and after a `scheduler.yield()` continuation it
 * is where all the continued work runs (a promise chain resumed in that task). Counting only the
 * `RunTask` events would call that work idle time.
 */
export function mainThreadTasks(events, mark) {
  const onMainThread = events
    .filter(
      (event) =>
        (event.name === TASK_EVENT || event.name === MICROTASKS_EVENT) &&
        event.ph === 'X' &&
        event.pid === mark.pid &&
        event.tid === mark.tid,
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks = [];
  for (const event of onMainThread) {
    const end = event.ts + (event.dur ?? 0);
    const last = tasks.at(-1);
    if (last && event.ts < last.end) {
      // Nested in the task before (a checkpoint inside it): already counted.
      last.end = Math.max(last.end, end);
    } else if (last && event.name === MICROTASKS_EVENT && event.ts - last.end <= SAME_TASK_US) {
      last.end = end;
    } else {
      tasks.push({ ts: event.ts, end });
    }
  }
  return tasks;
}

/**
 * The renderer main thread's tasks between `start` and `painted` (both in the
 * page's performance.now() milliseconds), where `painted` is the time of the
 * last `bench:painted` mark. Each task (with its microtask checkpoint, see
 * mainThreadTasks) counts only for its part inside that span. Returns the
 * longest task and the sum of all of them (the main thread's busy time), in milliseconds.
 */
export function tasksBetween(events, start, painted) {
  const marks = events.filter((event) => event.name === PAINTED_MARK);
  const mark = marks.at(-1);
  if (!mark) throw new Error('The trace has no bench:painted mark.');
  // Trace timestamps are microseconds; the mark's ts stands for `painted`.
  const offsetUs = mark.ts - painted * 1000;
  const fromUs = offsetUs + start * 1000;
  const toUs = mark.ts;
  let longestMs = 0;
  let busyMs = 0;
  let count = 0;
  for (const task of mainThreadTasks(events, mark)) {
    const insideFromUs = Math.max(task.ts, fromUs);
    const insideToUs = Math.min(task.end, toUs);
    if (insideToUs <= insideFromUs) continue;
    const durationMs = (insideToUs - insideFromUs) / 1000;
    busyMs += durationMs;
    count += 1;
    if (durationMs > longestMs) longestMs = durationMs;
  }
  return { longestMs, busyMs, tasks: count };
}
