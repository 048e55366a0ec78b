/**
 * One readable sentence for a failed parse, naming the first bad field. It reads zod's issues by
 * shape; the schemas' module exports it, and the guarded call takes it from there when a parse fails.
 */
interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
  /** The allowed values, on a union that has a discriminator (e.g. `ok`). */
  options?: readonly unknown[];
}

/**
 * Turns a zod failure into one readable sentence naming the first bad field.
 * zod/mini carries no English messages (they would cost bundle size), so the
 * sentence is built from the issue's code where the message is the bare default.
 */
export function describeIssues({ issues: [first] }: { issues: readonly IssueLike[] }): string {
  if (!first) return 'the data is malformed';
  const where = first.path.length > 0 ? first.path.map(String).join('.') : 'the response';
  let what = first.message.replace(/^Invalid input: /, '');
  if (what === 'Invalid input') what = describeCode(first);
  return `${where} ${what}`.trim();
}

/** What an issue whose message is zod's bare default says, from its code. */
function describeCode({ code, expected, options }: IssueLike): string {
  if (code === 'invalid_type') {
    if (expected === 'undefined') return 'must not be present';
    if (expected === 'object' || expected === 'array') return `must be an ${expected}`;
    return `must be a ${expected}`;
  }
  if (code === 'invalid_union' && options && options.length > 0) return `must be ${options.map(String).join(' or ')}`;
  if (code === 'invalid_value' || code === 'invalid_union') return 'has a value that is not allowed';
  return 'is malformed';
}
