/**
 * Fake Partner Portal data for the demo, the stories and the tests: a small
 * catalogue of license products and four customers that between them cover the
 * cases the wizard has to handle (cost centers with and without a default, no
 * cost centers at all, usage above a product's minimum, plans that may only be
 * converted to some cadences, a customer with a single product and no plans).
 *
 * Prices are per license per month, in integer minor units (EUR cents).
 */
import type { Cadence, CostCenter, ExistingPlan, Money, Product } from '../model/schemas.js';

export interface MockCustomer {
  id: string;
  name: string;
  /** Where order confirmations are sent. */
  contactEmail: string;
  /** The products this customer may order, in the order the portal lists them. */
  productIds: string[];
  /** Licenses in use per product id; products not listed have no usage. */
  usage: Record<string, number>;
  costCenters: CostCenter[];
  defaultCostCenterId: string | null;
}

/** A stored plan: the contract's ExistingPlan plus the customer it belongs to. */
export interface MockPlan extends ExistingPlan {
  customerId: string;
}

export interface MockData {
  products: Product[];
  customers: MockCustomer[];
  plans: MockPlan[];
}

const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

const prices = (table: Partial<Record<Cadence, number>>) =>
  (Object.entries(table) as [Cadence, number][]).map(([cadence, amountMinor]) => ({ cadence, unitPrice: eur(amountMinor) }));

export const PRODUCTS: Product[] = [
  {
    id: 'connect-standard-microsoft',
    name: 'Connect Standard for Microsoft',
    description: 'Meeting licenses for people who sign in with Microsoft 365.',
    unit: 'user',
    consumerTab: 'users',
    minQuantity: 5,
    maxQuantity: 5000,
    paymentOptions: prices({ monthly: 1250, 'prepay-1y': 1150, 'prepay-3y': 1050 }),
  },
  {
    id: 'connect-standard-google',
    name: 'Connect Standard for Google',
    description: 'Meeting licenses for people who sign in with Google Workspace.',
    unit: 'user',
    consumerTab: 'users',
    minQuantity: 5,
    maxQuantity: 5000,
    paymentOptions: prices({ monthly: 1250, 'prepay-1y': 1150, 'prepay-2y': 1100 }),
  },
  {
    id: 'connect-teams-rooms',
    name: 'Connect for Teams Rooms',
    description: 'Lets Microsoft Teams Rooms join any video meeting.',
    unit: 'room',
    consumerTab: 'endpoints',
    minQuantity: 1,
    maxQuantity: 500,
    paymentOptions: prices({ monthly: 2900, 'prepay-1y': 2700, 'prepay-3y': 2500, 'prepay-5y': 2300 }),
  },
  {
    id: 'connect-zoom-rooms',
    name: 'Connect for Zoom Rooms',
    description: 'Lets Zoom Rooms join any video meeting. Sold as prepaid terms only.',
    unit: 'room',
    consumerTab: 'endpoints',
    minQuantity: 1,
    maxQuantity: 500,
    paymentOptions: prices({ 'prepay-1y': 2700, 'prepay-3y': 2500 }),
  },
  {
    id: 'connect-essentials',
    name: 'Connect Essentials',
    description: 'Shared virtual meeting rooms for teams.',
    unit: 'VMR',
    consumerTab: 'team-vmrs',
    minQuantity: 10,
    maxQuantity: 2000,
    paymentOptions: prices({ monthly: 450, 'prepay-1y': 420, 'prepay-3y': 380 }),
  },
  {
    id: 'fullhd-add-on',
    name: 'FullHD add-on',
    description: 'Sends and receives 1080p video on a meeting-room endpoint.',
    unit: 'endpoint',
    consumerTab: 'endpoints',
    minQuantity: 1,
    maxQuantity: 1000,
    paymentOptions: prices({ monthly: 300 }),
  },
  {
    id: 'enhanced-room-management',
    name: 'Enhanced Room Management',
    description: 'Monitoring and remote control of every room system in a domain.',
    unit: 'domain',
    consumerTab: 'domains',
    minQuantity: 1,
    maxQuantity: 50,
    paymentOptions: prices({ 'prepay-1y': 4500 }),
  },
];

export const CUSTOMERS: MockCustomer[] = [
  {
    id: 'acme',
    name: 'Acme Corporation',
    contactEmail: 'purchasing@acme.example',
    productIds: PRODUCTS.map((p) => p.id),
    // 42 Microsoft users are in use, more than the product's minimum of 5.
    usage: { 'connect-standard-microsoft': 42, 'connect-teams-rooms': 8, 'fullhd-add-on': 3, 'connect-essentials': 0 },
    costCenters: [
      { id: 'cc-sales', name: 'Sales' },
      { id: 'cc-eng', name: 'Engineering' },
      { id: 'cc-it', name: 'IT Operations' },
    ],
    defaultCostCenterId: 'cc-it',
  },
  {
    id: 'globex',
    name: 'Globex Nordic AS',
    contactEmail: 'it-innkjop@globex.example',
    productIds: ['connect-standard-google', 'connect-zoom-rooms', 'connect-essentials', 'fullhd-add-on'],
    usage: { 'connect-standard-google': 120, 'connect-zoom-rooms': 4 },
    // Cost centers, but none is preselected: the user has to choose.
    costCenters: [
      { id: 'gx-100', name: '100 – Headquarters' },
      { id: 'gx-200', name: '200 – Field offices' },
      { id: 'gx-300', name: '300 – Research' },
    ],
    defaultCostCenterId: null,
  },
  {
    id: 'initech',
    name: 'Initech GmbH',
    contactEmail: 'einkauf@initech.example',
    productIds: ['connect-essentials', 'connect-standard-microsoft', 'enhanced-room-management'],
    usage: { 'connect-essentials': 12 },
    // No cost centers at all.
    costCenters: [],
    defaultCostCenterId: null,
  },
  {
    id: 'umbrella',
    name: 'Umbrella Health SA',
    contactEmail: 'achats@umbrella.example',
    // A single product and no plans yet.
    productIds: ['connect-teams-rooms'],
    usage: {},
    costCenters: [
      { id: 'umb-rd', name: 'Recherche et développement' },
      { id: 'umb-clin', name: 'Clinical operations' },
    ],
    defaultCostCenterId: 'umb-rd',
  },
];

export const PLANS: MockPlan[] = [
  {
    id: 'plan-acme-1',
    customerId: 'acme',
    productId: 'connect-standard-microsoft',
    quantity: 50,
    cadence: 'monthly',
    allowedCadences: ['monthly', 'prepay-1y', 'prepay-3y'],
    costCenterId: 'cc-it',
    purchaseRef: 'PO-2024-0117',
    startDate: '2024-03-01',
  },
  {
    id: 'plan-acme-2',
    customerId: 'acme',
    productId: 'connect-teams-rooms',
    quantity: 10,
    cadence: 'prepay-1y',
    // A prepaid plan can move to a longer term but not back to monthly.
    allowedCadences: ['prepay-1y', 'prepay-3y', 'prepay-5y'],
    costCenterId: 'cc-eng',
    purchaseRef: 'PO-2025-0042',
    startDate: '2025-06-01',
  },
  {
    id: 'plan-acme-3',
    customerId: 'acme',
    productId: 'fullhd-add-on',
    quantity: 5,
    cadence: 'monthly',
    allowedCadences: ['monthly'],
    costCenterId: 'cc-eng',
    purchaseRef: '',
    startDate: '2025-09-15',
  },
  {
    id: 'plan-globex-1',
    customerId: 'globex',
    productId: 'connect-standard-google',
    quantity: 150,
    cadence: 'prepay-2y',
    allowedCadences: ['prepay-2y'],
    costCenterId: 'gx-100',
    purchaseRef: 'GX-88812',
    startDate: '2025-01-01',
  },
  {
    id: 'plan-globex-2',
    customerId: 'globex',
    productId: 'connect-zoom-rooms',
    quantity: 6,
    cadence: 'prepay-1y',
    allowedCadences: ['prepay-1y', 'prepay-3y'],
    costCenterId: 'gx-200',
    purchaseRef: 'GX-90140',
    startDate: '2025-11-01',
  },
  {
    id: 'plan-initech-1',
    customerId: 'initech',
    productId: 'connect-essentials',
    quantity: 20,
    cadence: 'monthly',
    allowedCadences: ['monthly', 'prepay-1y', 'prepay-3y'],
    costCenterId: null,
    purchaseRef: '',
    startDate: '2026-02-01',
  },
];

/** The default data set. Treat it as read-only: FakeBackend works on its own deep copy. */
export const MOCK_DATA: MockData = { products: PRODUCTS, customers: CUSTOMERS, plans: PLANS };
