// A web-test-runner server command: `executeServerCommand('set-permission', { name: 'camera', setting: 'denied' })`
// sets a permission for the test page's origin over CDP, as the user would in the browser's site settings.
// Chromium drops the overrides of a CDP session when it detaches, so each page keeps its session open.
const sessions = new WeakMap();

export function setPermissionPlugin() {
  return {
    name: 'set-permission',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-permission') return undefined;
      if (typeof session.browser.getPage !== 'function') throw new Error(`set-permission needs Chromium, not ${session.browser.name}`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Browser.setPermission', {
        permission: { name: payload.name },
        setting: payload.setting,
        origin: new URL(page.url()).origin,
      });
      return true;
    },
  };
}
