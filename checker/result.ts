/** One check's outcome, and the report of all of them. */

export type Outcome = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  /** A stable name, e.g. `submit-idempotent`. */
  id: string;
  title: string;
  outcome: Outcome;
  /** Why: what was seen, or why the check did not apply. */
  reason: string;
}

export const pass = (id: string, title: string, reason: string): CheckResult => ({ id, title, outcome: 'pass', reason });
export const fail = (id: string, title: string, reason: string): CheckResult => ({ id, title, outcome: 'fail', reason });
export const skip = (id: string, title: string, reason: string): CheckResult => ({ id, title, outcome: 'skip', reason });

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));

/** The results as a plain-text table: outcome, check, reason. */
export function formatTable(results: readonly CheckResult[]): string {
  const rows = results.map((r) => [r.outcome.toUpperCase(), r.id, r.reason]);
  const header = ['RESULT', 'CHECK', 'REASON'];
  const widths = [0, 1].map((column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `${pad(row[0], widths[0])}  ${pad(row[1], widths[1])}  ${row[2]}`;
  const counts = (['pass', 'fail', 'skip'] as const).map(
    (outcome) => `${results.filter((r) => r.outcome === outcome).length} ${outcome}`,
  );
  return [line(header), ...rows.map(line), '', counts.join(', ')].join('\n');
}

export const hasFailures = (results: readonly CheckResult[]): boolean => results.some((r) => r.outcome === 'fail');
