// Build-time minification of the static text in Lit's html`` and css`` templates.
// The JS minifier leaves template literals alone, so their indentation and CSS
// whitespace would otherwise ship. Only the literal parts change; `${…}` is kept.

/** Finds the end of a `${ … }` expression starting after `${`, honouring strings, templates and comments. */
function skipExpression(src, i) {
  let depth = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (--depth === 0) return i;
    } else if (c === '"' || c === "'") {
      i = skipString(src, i);
    } else if (c === '`') {
      i = skipTemplate(src, i + 1).end;
    } else if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      if (i < 0) return src.length;
    } else if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i) + 1;
    }
    i++;
  }
  return i;
}

function skipString(src, i) {
  const quote = src[i];
  for (i++; i < src.length && src[i] !== quote; i++) if (src[i] === '\\') i++;
  return i;
}

/** Splits a template starting after its opening backtick into literal parts and expressions. */
function skipTemplate(src, i) {
  const parts = [];
  let start = i;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      parts.push({ text: src.slice(start, i) });
      return { parts, end: i };
    }
    if (c === '$' && src[i + 1] === '{') {
      parts.push({ text: src.slice(start, i) });
      const close = skipExpression(src, i + 2);
      parts.push({ expr: src.slice(i + 2, close) });
      i = close + 1;
      start = i;
      continue;
    }
    i++;
  }
  throw new Error('unterminated template literal');
}

const squeezeHtml = (text) => text.replace(/\s*\n\s*/g, ' ');
/**
 * CSS: drops comments and every space the syntax does not need, the last `;` of a block, the space
 * before `!important` and after an at-rule's name (`@media (` → `@media(`), and leading zeros
 * (`0.5rem` → `.5rem`). Quoted strings (`content: '⚠ '`) are left as they are.
 */
const squeezeCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/\s+!/g, '!')
            .replace(/(@[\w-]+) \(/g, '$1(')
            .replace(/([\s:,(/*+])0+\.(?=\d)/g, '$1.')
            .replace(/;}/g, '}'),
    )
    .join('');

/** Rewrites every html`` / css`` in a module's source. */
export function minifyTemplates(src) {
  let out = '';
  let i = 0;
  const tag = /\b(html|css)`/g;
  let m;
  while ((m = tag.exec(src))) {
    const open = m.index + m[0].length;
    const { parts, end } = skipTemplate(src, open);
    const squeeze = m[1] === 'css' ? squeezeCss : squeezeHtml;
    out += src.slice(i, open);
    let body = parts.map((p) => ('text' in p ? squeeze(p.text) : '${' + minifyTemplates(p.expr) + '}')).join('');
    if (m[1] === 'css') body = body.trim();
    out += body;
    out += '`';
    i = end + 1;
    tag.lastIndex = i;
  }
  return out + src.slice(i);
}

/** Vite plugin: applies it to the project's own element sources when building. */
export function minifyTemplatesPlugin() {
  return {
    name: 'minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/elements\/.*\.ts$/.test(id)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
