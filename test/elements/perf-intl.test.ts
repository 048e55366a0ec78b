/**
 * Intl objects cost tens of milliseconds each on first use in Chromium (ICU set-up): the first step
 * must not wait for any of them, and their warm-up after it must not make one long task of them all.
 * This file has its own page, so no Intl object of the wizard exists before its test.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { LicensePlanApiClient, LicensePlanWizard } from '../../src/index.js';
import { heading } from '../helpers/queries.js';
import { context } from '../model/fixtures.js';

const INTL_CONSTRUCTORS = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Locale'] as const;
type IntlConstructor = (typeof INTL_CONSTRUCTORS)[number];

interface Made {
  name: IntlConstructor;
  /** Which idle callback made it (counting from 1), or 0 when none was running. */
  idleCallback: number;
}

/** Records every Intl object made, and which idle callback made it, until restore() is called. */
function spyOnIntl() {
  const made: Made[] = [];
  const originals = new Map(INTL_CONSTRUCTORS.map((name) => [name, Intl[name]]));
  const originalRequestIdleCallback = window.requestIdleCallback;
  let idleCallbacks = 0;
  let runningIdleCallback = 0;
  for (const name of INTL_CONSTRUCTORS) {
    const spied = new Proxy(Intl[name], {
      construct(target, args, newTarget) {
        made.push({ name, idleCallback: runningIdleCallback });
        return Reflect.construct(target, args, newTarget);
      },
    });
    Object.defineProperty(Intl, name, { value: spied, configurable: true, writable: true });
  }
  window.requestIdleCallback = (callback, options) =>
    originalRequestIdleCallback((deadline) => {
      idleCallbacks += 1;
      runningIdleCallback = idleCallbacks;
      try {
        callback(deadline);
      } finally {
        runningIdleCallback = 0;
      }
    }, options);
  const restore = () => {
    for (const [name, original] of originals) {
      Object.defineProperty(Intl, name, { value: original, configurable: true, writable: true });
    }
    window.requestIdleCallback = originalRequestIdleCallback;
  };
  return { made, restore };
}

/** A client whose context is there at once, as in the benchmark's minimal page. */
function instantClient(): LicensePlanApiClient {
  const loaded = context();
  return {
    loadContext: () => Promise.resolve(loaded),
    validateOrder: () => Promise.resolve({ ok: true }),
    submitOrder: () => Promise.reject(new Error('not in this test')),
  };
}

/**
 * Resolves in the animation frame in which `shown` first holds, with what `read` gives then. A frame
 * callback runs before that frame is painted, so `read` sees the moment just before the paint.
 */
function atFirstFrameWhere<T>(shown: () => boolean, read: () => T): Promise<T> {
  return new Promise((resolve) => {
    const look = () => {
      if (shown()) resolve(read());
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

describe('Intl objects and the first step', () => {
  let spy: ReturnType<typeof spyOnIntl>;
  let wizard: LicensePlanWizard;

  beforeEach(() => {
    spy = spyOnIntl();
  });

  afterEach(() => {
    spy.restore();
    wizard.remove();
  });

  it('makes none before the first step is painted, then one per idle callback after it', async () => {
    wizard = document.createElement('license-plan-wizard');
    wizard.setAttribute('customer-id', 'cust-1');
    wizard.setAttribute('purchaser', '');
    wizard.setAttribute('locale', 'en-GB');
    wizard.client = instantClient();
    document.body.append(wizard);

    const productShown = () => heading(wizard)?.textContent?.trim() === 'Product';
    const madeBeforePaint = await atFirstFrameWhere(productShown, () => spy.made.map((m) => m.name));
    expect(madeBeforePaint, 'Intl objects made before the first step was painted').to.deep.equal([]);

    // The warm-up: numbers, plurals, long dates and short dates, each in an idle callback of its own.
    await waitUntil(() => spy.made.length >= 4, 'the warm-up makes the Intl objects of the next steps', {
      timeout: 10000,
    });
    const names = new Set(spy.made.map((m) => m.name));
    expect([...names], 'kinds made by the warm-up').to.include.members(['NumberFormat', 'PluralRules', 'DateTimeFormat']);
    const outsideIdle = spy.made.filter((m) => m.idleCallback === 0 && m.name !== 'Locale');
    expect(outsideIdle, 'Intl formatters made outside idle callbacks').to.deep.equal([]);
    const perCallback = new Map<number, IntlConstructor[]>();
    for (const { name, idleCallback } of spy.made) {
      if (name === 'Locale') continue;
      perCallback.set(idleCallback, [...(perCallback.get(idleCallback) ?? []), name]);
    }
    const crowded = [...perCallback.values()].filter((names) => names.length > 1);
    expect(crowded, 'idle callbacks that made more than one formatter').to.deep.equal([]);
  });
});
