import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, initialState, type StatusRenderer } from '@lit/task';
import type { LicensePlanApiClient } from '../../api/client.js';
import { loadContext, loadSchemas, type GuardedCallOptions } from '../../api/guarded.js';
import { refusingOversizedContexts } from '../../api/limits.js';
import type { Mode, OrderContext } from '../../model/schemas.js';
import type { OrderIdentity } from './wizard-attributes.js';
import { limitProblemText, wizardText } from '../../localization/messages.js';
import type { LocaleController } from '../../localization/locale-controller.js';
import { abortTask } from './abort-task.js';

export interface ContextLoaderOptions {
  /** The order to load the context of and the client to load it with, or undefined when the wizard may not load. */
  source(): { client: LicensePlanApiClient | undefined; identity: OrderIdentity };
  callOptions(signal: AbortSignal): GuardedCallOptions;
  /** The wizard's language, for the sentences of a refused context. */
  locale: LocaleController;
  loaded(context: OrderContext): void;
  failed(error: unknown): void;
}

type LoadArgs = readonly [LicensePlanApiClient | undefined, string, Mode, string];

/**
 * Loads the order context (the customer's catalogue, usage and, in change mode, the plan) whenever
 * the client or the order it is for changes, as a @lit/task Task; the schemas that parse it start
 * loading as soon as the host is in the page. A catalogue over the limits of
 * model/limits.ts is refused before it is parsed or rendered, and a change without a plan is an
 * error. A load cut short by disconnecting runs again when the host is connected again.
 */
export class ContextLoader implements ReactiveController {
  #task: Task<LoadArgs, OrderContext>;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, options: ContextLoaderOptions) {
    host.addController(this);
    const { locale } = options;
    this.#task = new Task(host, {
      task: async ([client, customerId, mode, planId], { signal }) => {
        if (!client) return initialState;
        const request = { customerId, mode, ...(mode === 'change' ? { planId } : {}) };
        const withinLimits = refusingOversizedContexts(client, (problem) =>
          locale.text(() => limitProblemText(problem, locale.fmt)),
        );
        const context = await loadContext(withinLimits, request, options.callOptions(signal));
        if (mode === 'change' && !context.plan) throw new Error(locale.text(() => wizardText.noPlanToChange()));
        return context;
      },
      args: () => {
        const { client, identity } = options.source();
        return [client, identity.customerId, identity.mode, identity.planId] as const;
      },
      onComplete: (context) => options.loaded(context),
      onError: (error) => options.failed(error),
    });
  }

  hostConnected(): void {
    // The schemas that parse the context start loading now, before the first update starts the load.
    loadSchemas().catch(() => {
      // The load's own parse asks again, and reports a failure.
    });
    if (this.#interrupted) void this.#task.run();
    this.#interrupted = false;
  }

  /** Whatever answers after the host left is ignored. */
  hostDisconnected(): void {
    this.#interrupted = abortTask(this.#task);
  }

  /** The context loaded last, if any. */
  get value(): OrderContext | undefined {
    return this.#task.value;
  }

  /** Loads the context again (Try again, reset, or a plan someone else changed). */
  reload(): void {
    void this.#task.run();
  }

  /** Renders the load's state: pending, error, or complete with the context. */
  render(renderers: StatusRenderer<OrderContext>): unknown {
    return this.#task.render(renderers);
  }
}
