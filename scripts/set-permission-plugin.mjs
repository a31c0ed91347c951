// A web-test-runner server command: `executeServerCommand('set-permission', { name: 'camera', setting: 'denied' })`
// sets a permission for the test page's origin over CDP, as the user would in the browser's site settings.
import { chromiumPage } from './cdp-plugin.mjs';

export function setPermissionPlugin() {
  return {
    name: 'set-permission',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-permission') return undefined;
      const { page, cdp } = await chromiumPage(session, command);
      await cdp.send('Browser.setPermission', {
        permission: { name: payload.name },
        setting: payload.setting,
        origin: new URL(page.url()).origin,
      });
      return true;
    },
  };
}
