// Injected into every bench page before its own scripts (evaluateOnNewDocument).
// It finds headings through open shadow roots and times "rendered and painted":
// a requestAnimationFrame loop looks for the heading once per frame; in the frame
// where it first appears it posts a message, which runs after that frame's
// rendering (style, layout, paint). That moment is marked `bench:painted`, so the
// trace can be aligned with the page's clock.
(() => {
  /** The first element matching `selector` and `accepts`, in `root` and every open shadow root below it. */
  function deepFind(selector, accepts, root = document) {
    for (const element of root.querySelectorAll(selector)) {
      if (accepts(element)) return element;
    }
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const found = deepFind(selector, accepts, element.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  }

  const hasText = (text) => (element) => element.textContent.trim() === text;

  /** The h2 whose text is `text`. */
  const findHeading = (text) => deepFind('h2', hasText(text));

  /** The button whose text is `text`. */
  const findButton = (text) => deepFind('button', hasText(text));

  /** The control labelled `text` by a `<label for>`. */
  function findLabelled(text) {
    const label = deepFind('label', hasText(text));
    if (!label) return null;
    return label.getRootNode().getElementById(label.htmlFor);
  }

  /** The focused element, followed into open shadow roots. */
  function focused() {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  }

  /** Resolves with the time (performance.now) right after the first frame that shows the heading. */
  function paintedHeading(text) {
    return new Promise((resolve) => {
      const afterThisFrame = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve(performance.mark('bench:painted').startTime);
        };
        channel.port2.postMessage(null);
      };
      const look = () => {
        if (findHeading(text)) {
          afterThisFrame();
        } else {
          requestAnimationFrame(look);
        }
      };
      requestAnimationFrame(look);
    });
  }

  /** Resolves with { start, painted } for the next click: from the click's timestamp to the painted heading. */
  function clickUntilHeading(text) {
    return new Promise((resolve) => {
      const onClick = async (event) => {
        const start = event.timeStamp;
        const painted = await paintedHeading(text);
        resolve({ start, painted });
      };
      document.addEventListener('click', onClick, { capture: true, once: true });
    });
  }

  /** Resolves with { start, painted } for the next key: from its keydown to the end of the frame after its input event. */
  function keyUntilNextFrame() {
    return new Promise((resolve) => {
      let start = 0;
      const onInput = () => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            resolve({ start, painted: performance.mark('bench:painted').startTime });
          };
          channel.port2.postMessage(null);
        });
      };
      const onKeyDown = (event) => {
        start = event.timeStamp;
        document.addEventListener('input', onInput, { capture: true, once: true });
      };
      document.addEventListener('keydown', onKeyDown, { capture: true, once: true });
    });
  }

  /**
   * Resolves once the page has been idle for a while, as when a person reads a step before acting:
   * three idle callbacks in a row, each with at least 40 ms of its 50 ms deadline left (so no task
   * ran in between). Work the wizard leaves for idle time after a paint (the Intl warm-up, loading
   * the later steps' chunk) has then run, and is not counted in the next measure. Gives up after
   * `limitMs`; resolves with whether it was idle. Each idle callback is asked for from a frame
   * callback: right after a puppeteer click, headless Chromium may run no idle period until a frame
   * is requested (measured: a bare requestIdleCallback then waited out a 3 s timeout).
   */
  function whenIdle(limitMs = 5000) {
    const IDLE_MS = 40;
    const IN_A_ROW = 3;
    const startedAt = performance.now();
    return new Promise((resolve) => {
      let quietInARow = 0;
      const check = (deadline) => {
        if (deadline.timeRemaining() >= IDLE_MS) {
          quietInARow += 1;
        } else {
          quietInARow = 0;
        }
        if (quietInARow >= IN_A_ROW) {
          resolve(true);
        } else if (performance.now() - startedAt > limitMs) {
          resolve(false);
        } else {
          askAfterFrame();
        }
      };
      const askAfterFrame = () => requestAnimationFrame(() => requestIdleCallback(check));
      askAfterFrame();
    });
  }

  const longTasks = [];
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
  }

  window.__bench = {
    findHeading,
    findButton,
    findLabelled,
    focused,
    paintedHeading,
    clickUntilHeading,
    keyUntilNextFrame,
    whenIdle,
    longTasks,
    firstStep: paintedHeading('Product'),
  };
})();
