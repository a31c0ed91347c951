/** The args every capture element shares (the attributes of CaptureElement), for both story files. */
import type { ArgTypes } from '@storybook/web-components-vite';
import { Attr, type CaptureState, type ErrorKind, type PermissionValue } from '../../components/core/constants.js';

export interface CaptureArgs {
  [Attr.DeviceId]: string;
  [Attr.Muted]: boolean;
  [Attr.Manual]: boolean;
  [Attr.BrowserControl]: 'auto' | 'off';
}

/** Reflected by the element, never set: listed so the docs table shows them, with no control. */
export interface CaptureReadOnlyArgs {
  [Attr.State]?: CaptureState;
  [Attr.Error]?: ErrorKind;
  [Attr.Permission]?: PermissionValue;
  [Attr.Interrupted]?: boolean;
}

export const readOnly = (description: string) =>
  ({ control: false, description, table: { category: 'read-only attributes' } }) as const;

export const captureArgs: CaptureArgs = {
  [Attr.DeviceId]: '',
  [Attr.Muted]: false,
  [Attr.Manual]: false,
  [Attr.BrowserControl]: 'auto',
};

export const captureArgTypes = {
  [Attr.DeviceId]: { control: 'text', description: 'A `deviceId` from `enumerateDevices()`; changing it while live switches device.' },
  [Attr.Muted]: { control: 'boolean', description: 'Keep the device open but send black frames / silence.' },
  [Attr.Manual]: { control: 'boolean', description: 'Do not start on connect; wait for `start()`.' },
  [Attr.BrowserControl]: {
    control: 'inline-radio',
    options: ['auto', 'off'],
    description: 'The browser’s own camera/microphone control (Chromium) while a click is needed or access is blocked.',
  },
  [Attr.State]: readOnly('`idle`, `requesting`, `live`, `stopped`, `ended` or `error`.'),
  [Attr.Error]: readOnly('The error kind while `state="error"`.'),
  [Attr.Permission]: readOnly('`prompt`, `granted` or `denied`; absent where the browser cannot tell.'),
  [Attr.Interrupted]: readOnly('The source muted the track.'),
} satisfies ArgTypes<CaptureArgs & CaptureReadOnlyArgs>;
