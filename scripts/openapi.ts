/**
 * `npm run openapi`: writes openapi.json (built into dist/node/openapi.js first, as Node 20 cannot
 * run TypeScript). `npm run openapi -- --check` writes nothing and fails when the committed file
 * differs from what the schemas give now. `--file PATH` writes or checks another file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openApiDocument } from './openapi-document.js';

// This file runs as dist/node/openapi.js: the package root is two folders up.
const root = new URL('../../', import.meta.url);

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    // Another file to write or check than the package's own openapi.json.
    file: { type: 'string' },
  },
  strict: true,
});
const target = values.file === undefined ? new URL('openapi.json', root) : new URL(values.file, `file://${process.cwd()}/`);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
const text = `${JSON.stringify(openApiDocument(version), null, 2)}\n`;

if (values.check) {
  let committed: string;
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    committed = '';
  }
  if (committed !== text) {
    process.stderr.write(
      `${target.pathname} is stale: it differs from the zod schemas. Run \`npm run openapi\` and commit the result.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${target.pathname} is up to date.\n`);
} else {
  writeFileSync(target, text);
  process.stdout.write(`Wrote ${target.pathname}\n`);
}
