// A web-test-runner server command for Chromium: `executeServerCommand('cdp', { method, params })` sends one
// DevTools Protocol command for the test page and resolves with its result (test/support/cdp.ts: forced garbage
// collection, Performance.getMetrics). Chromium only: other engines get a clear error, and their tests skip first.
const sessions = new WeakMap();

export function cdpPlugin() {
  return {
    name: 'cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
      if (!page || session.browser.name !== 'Chromium') throw new Error(`cdp needs Chromium, not ${session.browser.name}`);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      return sessions.get(page).send(payload.method, payload.params ?? {});
    },
  };
}
