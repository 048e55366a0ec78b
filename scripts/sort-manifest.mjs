// The analyzer lists modules in file-system order, which differs between clones. Sort them by path
// so custom-elements.json is the same wherever it is generated.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
/** Orders modules by path, comparing code units, so the order does not depend on the locale. */
function byPath(a, b) {
  if (a.path < b.path) {
    return -1;
  }
  if (a.path > b.path) {
    return 1;
  }
  return 0;
}

manifest.modules.sort(byPath);
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
