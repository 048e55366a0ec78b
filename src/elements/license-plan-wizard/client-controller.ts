import type { ReactiveControllerHost } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { apiClientContext, type LicensePlanApiClient } from '../../api/client.js';
import { createHttpClient } from '../../api/http-client.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Where the wizard's API client comes from, in this order: the `client` property, else a client an
 * ancestor provides through `apiClientContext`, else the built-in HTTP client on `api-base-url`.
 * The client found is provided on to the steps through the same context. The lifecycle belongs to
 * the context consumer and provider it holds, which are reactive controllers of the host.
 */
export class ClientController {
  #inherited: ContextConsumer<typeof apiClientContext, Host>;
  #provider: ContextProvider<typeof apiClientContext, Host>;
  /** The HTTP client made for a base URL, kept while that URL stays. */
  #http?: { baseUrl: string; client: LicensePlanApiClient };
  #client?: LicensePlanApiClient;

  constructor(host: Host) {
    this.#inherited = new ContextConsumer(host, { context: apiClientContext, subscribe: true });
    this.#provider = new ContextProvider(host, { context: apiClientContext });
  }

  /** The client found by the last `resolve()`, if any. */
  get client(): LicensePlanApiClient | undefined {
    return this.#client;
  }

  /** Whether a client comes from the property or an ancestor, so `api-base-url` is not used. */
  hasClientWithoutUrl(own: LicensePlanApiClient | undefined): boolean {
    return Boolean(own ?? this.#inherited.value);
  }

  /** Finds the client from the host's `client` property and `api-base-url`. Call it once per update. */
  resolve(own: LicensePlanApiClient | undefined, baseUrl: string): LicensePlanApiClient | undefined {
    this.#client = own ?? this.#inherited.value ?? this.#httpClient(baseUrl);
    this.#provider.setValue(this.#client);
    return this.#client;
  }

  #httpClient(baseUrl: string): LicensePlanApiClient | undefined {
    if (!baseUrl) return undefined;
    if (this.#http?.baseUrl !== baseUrl) {
      this.#http = { baseUrl, client: createHttpClient({ baseUrl }) };
    }
    return this.#http.client;
  }
}
