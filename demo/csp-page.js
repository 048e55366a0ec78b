// Runs the standalone bundle under the page's strict CSP with an in-page client
// (no service worker, no network), and records every CSP violation.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
  const li = document.createElement('li');
  li.textContent = `${e.violatedDirective}: ${e.blockedURI || e.sample}`;
  document.getElementById('violations')?.append(li);
});

// Without the `lit-html` policy allowed, the bundle cannot load: its Lit creates that policy at once.
let bundle;
try {
  bundle = await import('../dist/license-plan-wizard.js');
} catch (error) {
  window.cspLoadError = `${error.name}: ${error.message}`;
  const shown = document.getElementById('load-error');
  shown.textContent = `The bundle did not load: ${window.cspLoadError}`;
  shown.hidden = false;
}
// The page checks its own data with the wizard's schemas, which the bundle loads on demand.
if (bundle) mountWizard((await bundle.loadSchemas()).OrderContextSchema);
window.cspReady = true;

/** One wizard with an in-page client, in the slot's locale. */
function mountWizard(OrderContextSchema) {
  const context = OrderContextSchema.parse({
    customer: { id: 'acme', name: 'Acme Corporation' },
    products: [
      {
        id: 'essentials',
        name: 'Connect Essentials',
        unit: 'room',
        consumerTab: 'team-vmrs',
        minQuantity: 1,
        maxQuantity: 500,
        paymentOptions: [
          { cadence: 'monthly', unitPrice: { amountMinor: 450, currency: 'EUR' } },
          { cadence: 'prepay-1y', unitPrice: { amountMinor: 420, currency: 'EUR' } },
        ],
      },
    ],
    usage: { essentials: 3 },
    costCenters: [{ id: 'cc-it', name: 'IT Operations' }],
    defaultCostCenterId: 'cc-it',
    startDate: { earliest: '2026-10-01', latest: '2027-02-26', default: '2026-11-26' },
    plan: null,
  });

  const wizard = document.createElement('license-plan-wizard');
  wizard.client = {
    loadContext: async () => context,
    validateOrder: async () => ({
      ok: true,
      quote: { lines: [], total: { amountMinor: 1000, currency: 'EUR' }, firstInvoice: null },
    }),
    submitOrder: async (order) => ({
      orderId: 'CSP-1',
      confirmationEmail: 'buyer@example.com',
      effectiveDate: order.startDate ?? '2026-11-26',
    }),
  };
  wizard.setAttribute('customer-id', 'acme');
  const slot = document.getElementById('wizard-slot');
  wizard.setAttribute('locale', slot.dataset.locale);
  wizard.toggleAttribute('purchaser', true);
  slot.append(wizard);
}
