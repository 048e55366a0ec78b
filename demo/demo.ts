/**
 * The demo page: a Partner Portal "Purchasing" tab around <license-plan-wizard>,
 * talking to the fake backend through msw's service worker, or to the reference
 * HTTP server (`npm run api`) through the wizard's built-in HTTP client.
 */
import { startMockBackend } from '../src/mocks/browser.js';
import type { FakeBackend } from '../src/mocks/index.js';
import { cadenceLabel, isScenarioName, NAMED_SCENARIOS, SCENARIO_NAMES, scenarioNamed } from '../src/mocks/index.js';

/** Where msw answers in this page. */
const MSW_BASE_URL = '/api';
/** Pricing withheld has its own checkbox; every other named scenario is in the picker. */
const PICKABLE_SCENARIOS = SCENARIO_NAMES.filter((name) => name !== 'pricingWithheld');
/** Scenarios that change what the context looks like: switching to or from them reloads the wizard. */
const RELOADING_SCENARIOS = new Set<string>(['malformedContext']);

const EVENTS = ['lpw-step-change', 'lpw-order-placed', 'lpw-cancel', 'lpw-error'] as const;
const LOG_LIMIT = 50;

const byId = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo: #${id} is missing`);
  return element as T;
};

const wizard = document.querySelector('license-plan-wizard')!;
const controls = {
  form: byId<HTMLFormElement>('controls'),
  customer: byId<HTMLSelectElement>('customer'),
  mode: byId<HTMLSelectElement>('mode'),
  plan: byId<HTMLSelectElement>('plan'),
  planHint: byId<HTMLParagraphElement>('plan-hint'),
  purchaser: byId<HTMLInputElement>('purchaser'),
  pricing: byId<HTMLInputElement>('pricing'),
  locale: byId<HTMLSelectElement>('locale'),
  scenario: byId<HTMLSelectElement>('scenario'),
  useServer: byId<HTMLInputElement>('use-server'),
  serverUrl: byId<HTMLInputElement>('server-url'),
  restart: byId<HTMLButtonElement>('restart'),
};
const log = byId<HTMLOListElement>('log');

/** Builds an element with text content only: nothing from the backend or the events is parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function addLogEntry(name: string, detail: unknown) {
  const item = el('li');
  const time = el('time', new Date().toLocaleTimeString());
  item.append(time, ' ', el('span', name, 'name'), el('pre', JSON.stringify(detail ?? null, null, 2)));
  log.prepend(item);
  while (log.children.length > LOG_LIMIT) log.lastElementChild!.remove();
}

function start(backend: FakeBackend) {
  const customers = backend.customers();
  const nameOf = (customerId: string) => customers.find((c) => c.id === customerId)?.name ?? customerId;
  const productNames = new Map<string, string>();
  for (const customer of customers) {
    const result = backend.context(customer.id, 'new');
    if (result.status === 200) for (const p of result.body.products) productNames.set(p.id, p.name);
  }
  const productName = (productId: string) => productNames.get(productId) ?? productId;

  controls.customer.replaceChildren(
    ...customers.map((c) => {
      const option = el('option', `${c.name} (${c.id})`);
      option.value = c.id;
      return option;
    }),
  );

  function fillPlans() {
    const previous = controls.plan.value;
    const plans = backend.plans(controls.customer.value);
    controls.plan.replaceChildren(
      ...plans.map((p) => {
        const option = el('option', `${p.id} – ${productName(p.productId)}, ${p.quantity}`);
        option.value = p.id;
        return option;
      }),
    );
    if (plans.some((p) => p.id === previous)) controls.plan.value = previous;
    const changing = controls.mode.value === 'change';
    controls.plan.disabled = !changing || plans.length === 0;
    controls.planHint.hidden = !changing || plans.length > 0;
  }

  function renderPlans() {
    const customerId = controls.customer.value;
    const centers = new Map((customers.find((c) => c.id === customerId)?.costCenters ?? []).map((c) => [c.id, c.name]));
    byId('plans-customer').textContent = nameOf(customerId);
    const rows = backend.plans(customerId).map((p) => {
      const row = el('tr');
      row.append(
        el('td', p.id),
        el('td', productName(p.productId)),
        el('td', String(p.quantity)),
        el('td', cadenceLabel(p.cadence)),
        el('td', p.allowedCadences.map((c) => cadenceLabel(c)).join(', ')),
        el('td', p.costCenterId === null ? '—' : (centers.get(p.costCenterId) ?? p.costCenterId)),
        el('td', p.purchaseRef || '—'),
        el('td', p.startDate),
        el('td', p.version ?? '—'),
      );
      return row;
    });
    if (!rows.length) {
      const cell = el('td', 'No plans yet.');
      cell.colSpan = 9;
      const row = el('tr');
      row.append(cell);
      rows.push(row);
    }
    byId('plans-body').replaceChildren(...rows);
  }

  function renderOrders() {
    const rows = backend.orders.map(({ orderId, order, planId, idempotencyKey }) => {
      const row = el('tr');
      row.append(
        el('td', orderId),
        el('td', nameOf(order.customerId)),
        el('td', order.mode === 'change' ? 'Change' : 'New plan'),
        el('td', planId),
        el('td', productName(order.productId)),
        el('td', String(order.quantity)),
        el('td', cadenceLabel(order.cadence)),
        el('td', idempotencyKey),
      );
      return row;
    });
    if (!rows.length) {
      const cell = el('td', 'None yet. Place an order with the wizard.');
      cell.colSpan = 8;
      const row = el('tr');
      row.append(cell);
      rows.push(row);
    }
    byId('orders-body').replaceChildren(...rows);
  }

  function showTab(tab: string, note = '') {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')) {
      if (link.dataset.tab === tab) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const noteElement = byId('tab-note');
    noteElement.textContent = note;
    noteElement.hidden = !note;
  }

  /** Copies the controls onto the wizard's attributes and the backend's scenario. */
  function apply() {
    const customerId = controls.customer.value;
    const changing = controls.mode.value === 'change';
    byId('customer-name').textContent = nameOf(customerId);
    byId('customer-crumb').textContent = nameOf(customerId);
    wizard.setAttribute('customer-id', customerId);
    wizard.setAttribute('mode', controls.mode.value);
    if (changing && controls.plan.value) wizard.setAttribute('plan-id', controls.plan.value);
    else wizard.removeAttribute('plan-id');
    wizard.toggleAttribute('purchaser', controls.purchaser.checked);
    wizard.toggleAttribute('pricing-withheld', controls.pricing.checked);
    wizard.setAttribute('locale', controls.locale.value);
    renderPlans();
  }

  /** The wizard talks to msw's fake backend in this page, or to the reference HTTP server. */
  function applyServer() {
    const serverUrl = controls.serverUrl.value.trim();
    controls.serverUrl.disabled = !controls.useServer.checked;
    if (controls.useServer.checked && serverUrl) wizard.setAttribute('api-base-url', serverUrl);
    else wizard.setAttribute('api-base-url', MSW_BASE_URL);
  }

  function applyScenario() {
    const name = controls.scenario.value;
    const picked = isScenarioName(name) ? scenarioNamed(name) : {};
    backend.scenario = { ...picked, pricingWithheld: controls.pricing.checked };
  }

  controls.scenario.replaceChildren(
    ...PICKABLE_SCENARIOS.map((name) => {
      const option = el('option', NAMED_SCENARIOS[name].label);
      option.value = name;
      return option;
    }),
  );

  controls.form.addEventListener('submit', (e) => e.preventDefault());
  controls.customer.addEventListener('change', () => {
    fillPlans();
    apply();
  });
  controls.mode.addEventListener('change', () => {
    fillPlans();
    apply();
  });
  controls.plan.addEventListener('change', apply);
  controls.purchaser.addEventListener('change', apply);
  controls.locale.addEventListener('change', apply);
  controls.pricing.addEventListener('change', () => {
    // A portal that withholds pricing sends no prices either: reload with the new answer.
    applyScenario();
    apply();
    wizard.reset();
  });
  let lastScenario = controls.scenario.value;
  controls.scenario.addEventListener('change', () => {
    applyScenario();
    // Most scenarios act on the next call, so a failed order can be retried after switching back
    // to normal. Only a context that changes shape needs a fresh load.
    if (RELOADING_SCENARIOS.has(lastScenario) || RELOADING_SCENARIOS.has(controls.scenario.value)) wizard.reset();
    lastScenario = controls.scenario.value;
  });
  const switchServer = () => {
    applyServer();
    wizard.reset();
  };
  controls.useServer.addEventListener('change', switchServer);
  controls.serverUrl.addEventListener('change', switchServer);
  controls.restart.addEventListener('click', () => {
    showTab('purchasing');
    wizard.reset();
  });
  byId('clear-log').addEventListener('click', () => log.replaceChildren());
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')) {
    link.addEventListener('click', (e) => {
      e.preventDefault();
      const tab = link.dataset.tab ?? 'purchasing';
      showTab(tab, tab === 'purchasing' ? '' : `The “${link.textContent}” tab is not part of this demo.`);
    });
  }

  wizard.addEventListener('lpw-order-placed', () => {
    fillPlans();
    renderPlans();
    renderOrders();
  });
  wizard.addEventListener('lpw-cancel', (e) => {
    const { consumerTab } = e.detail;
    if (consumerTab) {
      const label = document.querySelector<HTMLAnchorElement>(`nav.tabs a[data-tab="${CSS.escape(consumerTab)}"]`)?.textContent;
      showTab(consumerTab, `The portal would now open the “${label ?? consumerTab}” tab, where licenses in use can be removed.`);
    }
  });

  fillPlans();
  applyScenario();
  applyServer();
  apply();
  renderOrders();
}

for (const name of EVENTS) wizard.addEventListener(name, (e) => addLogEntry(name, (e as CustomEvent).detail));

const status = byId('backend-status');
try {
  const { backend } = await startMockBackend({ baseUrl: MSW_BASE_URL });
  start(backend);
  status.hidden = true;
  // The elements are defined only now, so the wizard's first request meets the running service worker.
  await import('../src/index.js');
} catch (error) {
  // The status line may have been hidden already (a failure after the worker started): show it again, as an alert.
  status.hidden = false;
  status.setAttribute('role', 'alert');
  status.textContent = `The fake Partner Portal could not start: ${error instanceof Error ? error.message : String(error)}`;
}
