/**
 * React wrapper for <license-plan-wizard>: `license-plan-wizard/react`.
 *
 * ```tsx
 * import { LicensePlanWizard } from 'license-plan-wizard/react';
 * <LicensePlanWizard customerId="acme" purchaser client={client} onOrderPlaced={(e) => e.detail.confirmation.orderId} />
 * ```
 *
 * Props set the element's properties (customerId, mode, planId, purchaser, pricingWithheld, locale,
 * productId, quantity, client, …); the on… props listen to its events (onBeforeStepChange may call
 * `event.preventDefault()` to keep the user on the step). Importing this module defines the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// The package's main entry, which defines the elements. Importing it (rather than the element's
// own module and ../define.js) keeps one copy of the code in the library build: dist/react.js
// imports from ./index.js instead of splitting the shared code out of it into a separate chunk.
import {
  LicensePlanWizard as LicensePlanWizardElement,
  type LpwBeforeStepChangeDetail,
  type LpwCancelDetail,
  type LpwErrorDetail,
  type LpwOrderPlacedDetail,
  type LpwStepChangeDetail,
} from '../index.js';

export const LicensePlanWizard = createComponent({
  react: React,
  tagName: 'license-plan-wizard',
  elementClass: LicensePlanWizardElement,
  displayName: 'LicensePlanWizard',
  events: {
    onBeforeStepChange: 'lpw-before-step-change' as EventName<CustomEvent<LpwBeforeStepChangeDetail>>,
    onStepChange: 'lpw-step-change' as EventName<CustomEvent<LpwStepChangeDetail>>,
    onOrderPlaced: 'lpw-order-placed' as EventName<CustomEvent<LpwOrderPlacedDetail>>,
    onCancel: 'lpw-cancel' as EventName<CustomEvent<LpwCancelDetail>>,
    onError: 'lpw-error' as EventName<CustomEvent<LpwErrorDetail>>,
  },
});

/** The props of the wrapper, for hosts that pass them around. */
export type LicensePlanWizardProps = React.ComponentProps<typeof LicensePlanWizard>;

export type { LpwBeforeStepChangeDetail, LpwCancelDetail, LpwErrorDetail, LpwOrderPlacedDetail, LpwStepChangeDetail };
