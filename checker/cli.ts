/** What the node programs (the checker and the reference server) share on the command line. */

/** Says what is wrong with the arguments, then the usage, and exits with 2. */
export function usageError(message: string, usage: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

/** Prints the usage and exits with 0 when --help was given. */
export function helpIfAsked(help: boolean | undefined, usage: string): void {
  if (!help) return;
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
