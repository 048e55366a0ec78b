import { TaskStatus, type Task } from '@lit/task';
import { isAbortError } from '../../api/errors.js';

/**
 * Aborts a task and says whether it was in flight, or had just been cut short by an abort: a call
 * the element should run again when it is connected again.
 */
export function abortTask(task: Task<readonly unknown[], unknown>): boolean {
  const inFlight = task.status === TaskStatus.PENDING || (task.status === TaskStatus.ERROR && isAbortError(task.error));
  task.abort();
  return inFlight;
}
