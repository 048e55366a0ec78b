import { expect } from '@open-wc/testing';
import { button, deepAll, fakeBackend, headingIs, mount } from '../helpers/harness.js';

describe('theming and layout', () => {
  it('is styled from the page through --lpw-* custom properties and ::part()', async () => {
    await fakeBackend();
    const style = document.createElement('style');
    style.textContent = `
      .reseller license-plan-wizard { --lpw-brand: rgb(200, 0, 100); --lpw-radius: 0px; }
      .reseller license-plan-wizard::part(heading) { letter-spacing: 3px; }
      .reseller license-plan-wizard::part(breadcrumb) { text-transform: uppercase; }`;
    document.head.append(style);
    try {
      const el = await mount({ 'customer-id': 'acme' });
      el.parentElement!.classList.add('reseller');
      await headingIs(el, 'Product');
      const next = button(el, 'Next');
      expect(getComputedStyle(next).backgroundColor, 'brand colour reaches the primary button').to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(next).borderTopLeftRadius).to.equal('0px');
      const h2 = deepAll(el.shadowRoot!).find((e) => e.localName === 'h2')!;
      expect(getComputedStyle(h2).letterSpacing, 'step heading reachable as ::part(heading)').to.equal('3px');
      const nav = deepAll(el.shadowRoot!).find((e) => e.localName === 'nav')!;
      expect(getComputedStyle(nav).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });

  it('mirrors under dir="rtl" (logical properties)', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    el.style.cssText = 'display: block; width: 700px';
    el.parentElement!.dir = 'rtl';
    await headingIs(el, 'Product');
    const next = button(el, 'Next').getBoundingClientRect();
    const cancel = button(el, 'Cancel').getBoundingClientRect();
    expect(next.left, 'Next sits at the inline end, which is the left in RTL').to.be.below(cancel.left);
    el.parentElement!.dir = 'ltr';
    await el.updateComplete;
    expect(button(el, 'Next').getBoundingClientRect().left).to.be.above(button(el, 'Cancel').getBoundingClientRect().left);
  });

  it('marks the current step by more than colour (weight and an underline border)', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    const current = deepAll(el.shadowRoot!).find((e) => e.getAttribute('aria-current') === 'step')!;
    const css = getComputedStyle(current);
    expect(Number(css.fontWeight)).to.be.at.least(700);
    expect(css.borderBottomStyle).to.equal('solid');
    expect(parseFloat(css.borderBottomWidth)).to.be.at.least(3);
  });
});

describe('light and dark', () => {
  it('follows prefers-color-scheme with its own dark palette', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    const light = getComputedStyle(button(el, 'Next')).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await el.updateComplete;
      const dark = getComputedStyle(button(el, 'Next')).backgroundColor;
      expect(dark, 'the brand colour changes for dark backgrounds').not.to.equal(light);
      expect(getComputedStyle(el).colorScheme).to.include('dark');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
