import { executeServerCommand } from '@web/test-runner-commands';

/** Sets a permission as the user would in the site settings (Chromium over CDP; see set-permission-plugin.mjs). */
export function setPermission(name: 'camera' | 'microphone', setting: PermissionState): Promise<unknown> {
  return executeServerCommand('set-permission', { name, setting });
}
