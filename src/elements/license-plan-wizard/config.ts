/** The wizard's configuration as its attributes give it, and what is wrong with it. */
import { MODES, type Mode } from '../../model/schemas.js';

export interface WizardConfig {
  customerId: string;
  /** As written in the attribute: it may be something other than a mode. */
  mode: string;
  planId: string;
  apiBaseUrl: string;
  requestTimeout: number;
  /** A client comes from the `client` property or an ancestor (so `api-base-url` is not used). */
  hasOwnClient: boolean;
  /** Any client at all was found. */
  hasClient: boolean;
}

/** A mistake in the wizard's attributes, described by a code and the facts a message needs. */
export type ConfigProblem =
  | { code: 'customer-id-missing' }
  | { code: 'mode-invalid'; mode: string }
  | { code: 'plan-id-missing' }
  | { code: 'api-base-url-invalid'; url: string }
  | { code: 'request-timeout-invalid' }
  | { code: 'no-client' };

export const isMode = (mode: string): mode is Mode => (MODES as readonly string[]).includes(mode);

/** The first mistake in the configuration, or null when it is usable. */
export function findConfigProblem(config: WizardConfig): ConfigProblem | null {
  if (!config.customerId) return { code: 'customer-id-missing' };
  if (!isMode(config.mode)) return { code: 'mode-invalid', mode: config.mode };
  if (config.mode === 'change' && !config.planId) return { code: 'plan-id-missing' };
  const { apiBaseUrl } = config;
  if (apiBaseUrl && !config.hasOwnClient && !URL.canParse(apiBaseUrl, document.baseURI)) {
    return { code: 'api-base-url-invalid', url: apiBaseUrl };
  }
  if (!(config.requestTimeout > 0)) return { code: 'request-timeout-invalid' };
  if (!config.hasClient) return { code: 'no-client' };
  return null;
}
