// Data and clients for the catalogue and memory pages, in the shapes of the
// contract (src/model/schemas.ts, src/api/client.ts).

const DAY_MS = 24 * 60 * 60 * 1000;
const CADENCES = ['monthly', 'prepay-1y', 'prepay-2y', 'prepay-3y', 'prepay-4y', 'prepay-5y'];
const CONSUMER_TABS = ['users', 'team-vmrs', 'endpoints', 'domains'];
const UNITS = ['user', 'room', 'endpoint', 'domain'];

const isoDay = (daysFromToday) => new Date(Date.now() + daysFromToday * DAY_MS).toISOString().slice(0, 10);
const eur = (amountMinor) => ({ amountMinor, currency: 'EUR' });

/** One to three payment options, their cadences and prices varying with the product's position. */
function paymentOptionsFor(index) {
  const count = 1 + (index % 3);
  const options = [];
  for (let k = 0; k < count; k += 1) {
    const cadence = CADENCES[(index + k * 2) % CADENCES.length];
    options.push({ cadence, unitPrice: eur(500 + ((index * 37 + k * 100) % 3000)) });
  }
  return options;
}

/** `count` products with unique ids, names and descriptions. */
export function generateProducts(count) {
  const products = [];
  for (let index = 0; index < count; index += 1) {
    const number = index + 1;
    const kind = index % CONSUMER_TABS.length;
    products.push({
      id: `product-${number}`,
      name: `Meeting plan ${number}`,
      description: `Generated product number ${number} for ${UNITS[kind]}s, with ${1 + (index % 3)} ways to pay.`,
      unit: UNITS[kind],
      consumerTab: CONSUMER_TABS[kind],
      minQuantity: 1 + (index % 5),
      maxQuantity: 1000 + index,
      paymentOptions: paymentOptionsFor(index),
    });
  }
  return products;
}

/** An order context for a new plan: the given products, no usage, no cost centers. */
export function contextWith(products) {
  return {
    customer: { id: 'bench-customer', name: 'Bench Customer Ltd' },
    products,
    usage: {},
    costCenters: [],
    defaultCostCenterId: null,
    startDate: { earliest: isoDay(0), latest: isoDay(90), default: isoDay(0) },
    plan: null,
  };
}

/** A client whose loadContext resolves after `loadDelayMs` (0: at once, with no timer). */
export function benchClient(context, loadDelayMs = 0) {
  return {
    loadContext() {
      if (loadDelayMs === 0) return Promise.resolve(context);
      return new Promise((resolve) => setTimeout(() => resolve(context), loadDelayMs));
    },
    validateOrder: () =>
      Promise.resolve({ ok: true, quote: { lines: [{ label: 'Licenses', amount: eur(6000) }], total: eur(6000) } }),
    submitOrder: () =>
      Promise.resolve({ orderId: 'bench-order-1', confirmationEmail: 'buyer@example.com', effectiveDate: isoDay(0) }),
  };
}
