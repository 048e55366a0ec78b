import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileErrors, validate } from '@readme/openapi-parser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const committedText = readFileSync(join(root, 'openapi.json'), 'utf8');
const generator = join(root, 'dist/node/openapi.js');

const run = (args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [generator, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });

describe('openapi.json', () => {
  it('is a valid OpenAPI 3.1 document, without warnings', async () => {
    const result = await validate(JSON.parse(committedText));
    assert.equal(result.valid, true, result.valid ? '' : compileErrors(result));
    assert.equal(result.specification, 'OpenAPI');
    assert.deepEqual(result.warnings, []);
  });

  it('is what the zod schemas give now (npm run openapi -- --check)', async () => {
    const result = await run(['--check']);
    assert.equal(result.code, 0, result.stderr);
  });

  it('is reported stale when it differs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lpw-openapi-'));
    try {
      const stale = join(folder, 'openapi.json');
      writeFileSync(stale, committedText.replace('"quote-expired"', '"quote-gone"'));
      const result = await run(['--check', '--file', stale]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /stale/);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it('answers every endpoint with each status the wizard handles', () => {
    const document = JSON.parse(committedText);
    const operations = [
      ['/customers/{customerId}/license-order-context', 'get', ['200']],
      ['/customers/{customerId}/license-orders/validate', 'post', ['200', '409', '422']],
      ['/customers/{customerId}/license-orders', 'post', ['201', '409', '422']],
    ];
    for (const [path, method, own] of operations) {
      const statuses = Object.keys(document.paths[path][method].responses);
      for (const status of [...own, '400', '401', '403', '404', '408', '429', '5XX'])
        assert.ok(statuses.includes(status), `${method} ${path} ${status}`);
    }
    const submit = document.paths['/customers/{customerId}/license-orders'].post;
    assert.ok(submit.parameters.some((p) => p.name === 'Idempotency-Key' && p.in === 'header' && p.required));
    assert.deepEqual(document.components.schemas.ConflictCode ?? document.components.schemas.Conflict.properties.code.enum, [
      'quote-expired',
      'price-changed',
      'plan-changed',
    ]);
  });

  it('writes the cross-field rules into the descriptions', () => {
    const { schemas } = JSON.parse(committedText).components;
    assert.match(schemas.LicenseOrder.description, /usage floor/);
    assert.match(schemas.LicenseOrder.description, /date window/);
    assert.match(schemas.LicenseOrder.description, /default cost center/);
    assert.match(schemas.LicenseOrder.description, /allowed cadences/);
    assert.match(schemas.OrderContext.description, /earliest/);
  });
});
