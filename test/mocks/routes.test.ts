import { expect } from '@open-wc/testing';
import { FakeBackend, NAMED_SCENARIOS, SCENARIO_NAMES, negotiateLocale, scenarioNamed } from '../../src/mocks/index.js';
import { OrderConfirmationSchema, OrderContextSchema, QuoteSchema } from '../../src/model/schemas.js';
import { contextRequest, newOrder, request, submitRequest, TODAY } from './order-helpers.js';

describe('The API routes over a FakeBackend', () => {
  it('answers the three endpoints and 404 elsewhere, 405 for the wrong method', () => {
    const backend = new FakeBackend({ today: TODAY });
    expect(contextRequest(backend).status).to.equal(200);
    const validate = request(backend, { method: 'POST', path: '/customers/acme/license-orders/validate', body: newOrder() });
    expect(validate.status).to.equal(200);
    expect(submitRequest(backend, newOrder()).status).to.equal(201);
    expect(request(backend, { path: '/customers/acme/invoices' }).status).to.equal(404);
    expect(request(backend, { path: '/customers/acme/license-orders' }).status).to.equal(405);
  });

  it('answers 404 for an unknown customer', () => {
    expect(contextRequest(new FakeBackend({ today: TODAY }), {}, 'nobody').status).to.equal(404);
  });

  it('replays the stored confirmation after the first answer was lost (submit times out)', () => {
    const backend = new FakeBackend({ today: TODAY, scenario: scenarioNamed('submitTimesOut') });
    const lost = submitRequest(backend, newOrder());
    expect(lost.delivery).to.equal('never');
    expect(backend.orders).to.have.length(1);
    const replay = submitRequest(backend, newOrder());
    expect(replay.delivery).to.equal('normal');
    expect(OrderConfirmationSchema.parse(replay.body).orderId).to.equal(backend.orders[0].orderId);
    expect(backend.orders).to.have.length(1);
  });

  it('answers 201 without an orderId when the confirmation is unreadable, and the full one on replay', () => {
    const backend = new FakeBackend({ today: TODAY, scenario: scenarioNamed('confirmationUnreadable') });
    const first = submitRequest(backend, newOrder());
    expect(first.status).to.equal(201);
    expect(OrderConfirmationSchema.safeParse(first.body).success).to.equal(false);
    expect(backend.orders).to.have.length(1);
    const replay = submitRequest(backend, newOrder());
    expect(OrderConfirmationSchema.parse(replay.body).orderId).to.equal(backend.orders[0].orderId);
  });

  it('answers 401 with a message when the session has expired', () => {
    const backend = new FakeBackend({ today: TODAY, scenario: scenarioNamed('sessionExpired') });
    for (const result of [contextRequest(backend), submitRequest(backend, newOrder())]) {
      expect(result.status).to.equal(401);
      expect((result.body as { message: string }).message).to.be.a('string');
    }
    expect(backend.orders).to.have.length(0);
  });

  it('answers 403 to validate and submit when ordering is not allowed, and still loads the context', () => {
    const backend = new FakeBackend({ today: TODAY, scenario: scenarioNamed('notAllowed') });
    expect(contextRequest(backend).status).to.equal(200);
    expect(
      request(backend, { method: 'POST', path: '/customers/acme/license-orders/validate', body: newOrder() }).status,
    ).to.equal(403);
    expect(submitRequest(backend, newOrder()).status).to.equal(403);
    expect(backend.orders).to.have.length(0);
  });

  it('requires the bearer token it was given', () => {
    const backend = new FakeBackend({ today: TODAY, token: 's3cret' });
    expect(contextRequest(backend).status).to.equal(401);
    expect(contextRequest(backend, { Authorization: 'Bearer wrong' }).status).to.equal(401);
    expect(contextRequest(backend, { Authorization: 'Bearer s3cret' }).status).to.equal(200);
  });

  it('delays answers in the slow scenario', () => {
    const backend = new FakeBackend({ today: TODAY, scenario: { slow: 1200 } });
    expect(contextRequest(backend).delayMs).to.equal(1200);
  });
});

describe('Languages of the fake backend', () => {
  it('picks the preferred language it speaks from Accept-Language', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,en;q=0.8')).to.equal('de');
    expect(negotiateLocale('sv;q=1, fr;q=0.4, nb;q=0.7')).to.equal('nb');
    expect(negotiateLocale('no')).to.equal('nb');
    expect(negotiateLocale('ja, fr;q=0')).to.equal('en');
    expect(negotiateLocale(null)).to.equal('en');
  });

  for (const [language, description, label] of [
    ['nb', 'Delte virtuelle møterom for team.', '40 × Connect Essentials, 3 år forskuddsbetalt'],
    ['de', 'Gemeinsame virtuelle Besprechungsräume für Teams.', '40 × Connect Essentials, 3 Jahre im Voraus'],
    ['fr', 'Salles de réunion virtuelles partagées pour les équipes.', '40 × Connect Essentials, prépayé 3 ans'],
    ['en', 'Shared virtual meeting rooms for teams.', '40 × Connect Essentials, 3-year prepay'],
  ]) {
    it(`writes descriptions and quote lines in ${language}, and keeps product names`, () => {
      const backend = new FakeBackend({ today: TODAY });
      const headers = { 'Accept-Language': language };
      const context = contextRequest(backend, headers);
      expect(context.headers['Content-Language']).to.equal(language);
      const essentials = OrderContextSchema.parse(context.body).products.find((p) => p.id === 'connect-essentials')!;
      expect(essentials.name).to.equal('Connect Essentials');
      expect(essentials.description).to.equal(description);
      const validate = request(backend, {
        method: 'POST',
        path: '/customers/acme/license-orders/validate',
        headers,
        body: newOrder(),
      });
      const quote = QuoteSchema.parse((validate.body as { quote: unknown }).quote);
      expect(quote.lines[0].label).to.equal(label);
    });
  }
});

describe('Named scenarios', () => {
  it('each has a label and makes a backend that serves a context', () => {
    for (const name of SCENARIO_NAMES) {
      expect(NAMED_SCENARIOS[name].label, name).to.be.a('string').and.not.equal('');
      const backend = new FakeBackend({ today: TODAY, scenario: scenarioNamed(name) });
      expect(contextRequest(backend).status, name).to.be.oneOf([200, 401]);
    }
  });

  it('hands out copies, so changing one does not change the table', () => {
    const scenario = scenarioNamed('quoteExpiresSoon');
    scenario.quoteTtlMs = 1;
    expect(scenarioNamed('quoteExpiresSoon').quoteTtlMs).to.equal(20_000);
  });
});
