import { expect } from '@open-wc/testing';
// The build's template minifier is plain JS run by Node; it is tested here on strings.
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

describe('build: minifyTemplates', () => {
  it('squeezes CSS inside css`` and keeps values intact', () => {
    const out = minifyTemplates('const s = css`\n  :host {\n    color: var(--x, red);\n  }\n  a > b { margin: 0 0 1rem; }\n`;');
    expect(out).to.equal('const s = css`:host{color:var(--x,red)}a>b{margin:0 0 1rem}`;');
  });

  it('drops leading zeros, the space before !important and after an at-rule name, but not inside quotes', () => {
    const out = minifyTemplates(
      "const s = css`\n  @media (forced-colors: active) { a { margin: 0.5rem 10.25rem; color: red !important; } }\n  b::before { content: '0.5 ⚠ ' }\n`;",
    );
    expect(out).to.equal("const s = css`@media(forced-colors:active){a{margin:.5rem 10.25rem;color:red!important}}b::before{content:'0.5 ⚠ '}`;");
  });

  it('collapses indentation in html`` but keeps expressions, nested templates and other strings', () => {
    const src = "const t = html`<p>\n    ${a ? html`<b>\n  x</b>` : 'keep\\n  this'}\n  </p>`; const u = `untouched\n   text`;";
    const out = minifyTemplates(src);
    expect(out).to.equal("const t = html`<p> ${a ? html`<b> x</b>` : 'keep\\n  this'} </p>`; const u = `untouched\n   text`;");
  });

  it('copes with braces and backticks inside expressions', () => {
    const src = 'html`<i>${fn({ a: `x${1}` })}</i>\n  `';
    expect(minifyTemplates(src)).to.equal('html`<i>${fn({ a: `x${1}` })}</i> `');
  });
});
