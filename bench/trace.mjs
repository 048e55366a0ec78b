// Exact main-thread task durations from a Chromium trace. Only two light
// categories are recorded: `toplevel` (one `ThreadControllerImpl::RunTask`
// event per task on every thread) and `blink.user_timing` (the probe's `bench:painted` mark, which ties
// the trace clock to the page's performance.now()).
const CATEGORIES = ['-*', 'toplevel', 'blink.user_timing', '__metadata'];
const PAINTED_MARK = 'bench:painted';
const TASK_EVENT = 'ThreadControllerImpl::RunTask';

export async function startTrace(page) {
  await page.tracing.start({ categories: CATEGORIES });
}

/** Stops the trace and parses its events. */
export async function stopTrace(page) {
  const buffer = await page.tracing.stop();
  return JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
}

/**
 * The renderer main thread's tasks between `start` and `painted` (both in the
 * page's performance.now() milliseconds), where `painted` is the time of the
 * last `bench:painted` mark. Each task counts only for its part inside that
 * span. Returns the longest task and the sum of all of them (the main thread's
 * busy time), in milliseconds.
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
  for (const event of events) {
    const isMainThreadTask = event.name === TASK_EVENT && event.ph === 'X' && event.pid === mark.pid && event.tid === mark.tid;
    if (!isMainThreadTask) continue;
    const insideFromUs = Math.max(event.ts, fromUs);
    const insideToUs = Math.min(event.ts + (event.dur ?? 0), toUs);
    if (insideToUs <= insideFromUs) continue;
    const durationMs = (insideToUs - insideFromUs) / 1000;
    busyMs += durationMs;
    count += 1;
    if (durationMs > longestMs) longestMs = durationMs;
  }
  return { longestMs, busyMs, tasks: count };
}
