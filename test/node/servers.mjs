/** Starts the built reference server (dist/node/) on a free port, and runs the built checker. */
import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/node/', import.meta.url));
export const SERVER = `${dist}reference-server.js`;
export const CHECKER = `${dist}license-plan-wizard-check.js`;

/** The server's URL as it prints it; stop() ends the process and waits for its exit. */
export async function startServer(args = []) {
  const child = spawn(process.execPath, [SERVER, '--port', '0', '--today', '2026-11-26', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      printed += chunk;
      const match = /listening on (http:\/\/\S+) \(port (\d+)\)/.exec(printed);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${printed}`)));
  });
  return {
    url,
    printed: () => printed,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs the checker with the arguments; resolves to its exit code, stdout and stderr. */
export function runChecker(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CHECKER, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      let code = 0;
      if (error) code = typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}
