import type { ReactiveControllerHost } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { apiClientContext, type LicensePlanApiClient } from '../../api/client.js';
import { createHttpClient } from '../../api/http-client.js';
import { findConfigProblem, type ConfigProblem } from '../../model/config.js';
import type { OrderIdentity } from './wizard-attributes.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the host configures the calls with. */
export interface ClientSetup {
  /** The host's `client` property. */
  own: LicensePlanApiClient | undefined;
  apiBaseUrl: string;
  identity: OrderIdentity;
  requestTimeout: number;
  /** The user has Purchaser privileges: only then are configuration mistakes reported. */
  purchaser: boolean;
}

/**
 * Where the wizard's API client comes from, in this order: the `client` property, else a client an
 * ancestor provides through `apiClientContext`, else the built-in HTTP client on `api-base-url`.
 * The client found is provided on to the steps through the same context. It also finds the first
 * mistake in the configuration the calls would be made with (for a purchaser: nobody else may load,
 * check or order, so nobody else is told). The lifecycle belongs to
 * the context consumer and provider it holds, which are reactive controllers of the host.
 */
export class ClientController {
  #inherited: ContextConsumer<typeof apiClientContext, Host>;
  #provider: ContextProvider<typeof apiClientContext, Host>;
  /** The HTTP client made for a base URL, kept while that URL stays. */
  #http?: { baseUrl: string; client: LicensePlanApiClient };
  #client?: LicensePlanApiClient;
  #configProblem: ConfigProblem | null = null;
  #purchaser = false;

  constructor(host: Host) {
    this.#inherited = new ContextConsumer(host, { context: apiClientContext, subscribe: true });
    this.#provider = new ContextProvider(host, { context: apiClientContext });
  }

  /** The client found by the last `resolve()`, if any. */
  get client(): LicensePlanApiClient | undefined {
    return this.#client;
  }

  /** The first mistake in the configuration found by the last `resolve()`, or null (always, for a non-purchaser). */
  get configProblem(): ConfigProblem | null {
    return this.#configProblem;
  }

  /** A purchaser with a usable configuration: the wizard may load, check and order. */
  get ready(): boolean {
    return this.#purchaser && !this.#configProblem;
  }

  /** Finds the client, and checks the configuration. Call it once per update. */
  resolve({ own, apiBaseUrl, identity, requestTimeout, purchaser }: ClientSetup): void {
    this.#purchaser = purchaser;
    const withoutUrl = own ?? this.#inherited.value;
    this.#client = withoutUrl ?? this.#httpClient(apiBaseUrl);
    this.#provider.setValue(this.#client);
    this.#configProblem = purchaser
      ? findConfigProblem({
          ...identity,
          apiBaseUrl,
          baseUri: document.baseURI,
          requestTimeout,
          hasOwnClient: Boolean(withoutUrl),
          hasClient: Boolean(this.#client),
        })
      : null;
  }

  #httpClient(baseUrl: string): LicensePlanApiClient | undefined {
    if (!baseUrl) return undefined;
    if (this.#http?.baseUrl !== baseUrl) {
      this.#http = { baseUrl, client: createHttpClient({ baseUrl }) };
    }
    return this.#http.client;
  }
}
