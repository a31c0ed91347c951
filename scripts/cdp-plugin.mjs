// A web-test-runner server command for Chromium: `executeServerCommand('cdp', { method, params })` sends one
// DevTools Protocol command for the test page and resolves with its result (test/support/cdp.ts: forced garbage
// collection, Performance.getMetrics). Chromium only: other engines get a clear error, and their tests skip first.
// Chromium drops the overrides of a CDP session when it detaches, so each page keeps its session open.
const sessions = new WeakMap();

/** The test page of a web-test-runner session, and its CDP session. */
export async function chromiumPage(session, command) {
  const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
  if (!page || session.browser.name !== 'Chromium') throw new Error(`${command} needs Chromium, not ${session.browser.name}`);
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return { page, cdp: sessions.get(page) };
}

export function cdpPlugin() {
  return {
    name: 'cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      const { cdp } = await chromiumPage(session, command);
      return cdp.send(payload.method, payload.params ?? {});
    },
  };
}
