import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/camera-preview/define.js';
import type { CameraPreview, MirrorMode } from '../components/camera-preview/define.js';
import { Attr, CaptureState, DeniedBy, ErrorKind, TagName } from '../components/core/constants.js';
import type { FacingMode } from '../components/core/constraints.js';
import { captureArgs, captureArgTypes, readOnly, type CaptureArgs, type CaptureReadOnlyArgs } from './support/capture-args.js';
import { simulated, simulator } from './support/simulated-media.js';
import { expectError, expectHealth, expectPicture, expectState, sequence } from './support/expectations.js';
import { reaches, whenLive } from './support/states.js';
import { expectWayBack } from './support/browser-control.js';
import { inTheDark } from './support/theme.js';

interface CameraArgs extends CaptureArgs {
  [Attr.FacingMode]: FacingMode | '';
  [Attr.Resolution]: string;
  [Attr.FrameRate]: string;
  [Attr.Mirror]: MirrorMode;
  [Attr.Audio]: boolean;
}

const camera = (args: CameraArgs, content?: TemplateResult) => html`
  <camera-preview
    device-id=${ifDefined(args[Attr.DeviceId] || undefined)}
    facing-mode=${ifDefined(args[Attr.FacingMode] || undefined)}
    resolution=${ifDefined(args[Attr.Resolution] || undefined)}
    frame-rate=${ifDefined(args[Attr.FrameRate] || undefined)}
    mirror=${args[Attr.Mirror]}
    ?audio=${args[Attr.Audio]}
    ?muted=${args[Attr.Muted]}
    ?manual=${args[Attr.Manual]}
    browser-control=${args[Attr.BrowserControl]}
  >
    ${content}
  </camera-preview>
`;

const meta = {
  title: 'Elements/camera-preview',
  component: TagName.CameraPreview,
  tags: ['autodocs'],
  render: args => camera(args),
  decorators: [story => html`<div style="max-inline-size: 480px">${story()}</div>`],
  args: {
    ...captureArgs,
    [Attr.FacingMode]: '',
    [Attr.Resolution]: '',
    [Attr.FrameRate]: '',
    [Attr.Mirror]: 'auto',
    [Attr.Audio]: false,
  },
  argTypes: {
    ...captureArgTypes,
    [Attr.FacingMode]: { control: 'select', options: ['', 'user', 'environment'], description: 'Front (`user`) or back (`environment`) camera, a preference.' },
    [Attr.Resolution]: { control: 'select', options: ['', '480p', '720p', '1080p', '4k', '320x240'], description: '`WIDTHxHEIGHT` or a preset: an ideal size.' },
    [Attr.FrameRate]: { control: 'text', description: 'An ideal frame rate, in frames per second.' },
    [Attr.Mirror]: { control: 'inline-radio', options: ['auto', 'on', 'off'], description: '`auto` mirrors user-facing cameras.' },
    [Attr.Audio]: { control: 'boolean', description: 'Also capture the microphone (the preview stays silent).' },
    [Attr.Mirrored]: readOnly('The preview is shown mirrored.'),
  },
} satisfies Meta<CameraArgs & CaptureReadOnlyArgs & { [Attr.Mirrored]?: boolean }>;

export default meta;
type Story = StoryObj<CameraArgs>;

const start = (event: Event) => {
  const preview = (event.currentTarget as Element).closest<CameraPreview>(TagName.CameraPreview);
  preview?.start().catch(() => {}); // A failure shows as state="error".
};

export const Live: Story = { play: expectPicture() };

/** `manual`: nothing asked until `start()`, here from a button in the `idle` slot. */
export const Idle: Story = {
  args: { [Attr.Manual]: true },
  render: args => camera(args, html`<button slot="idle" type="button" @click=${start}>Start camera</button>`),
  play: expectState(CaptureState.Idle),
};

/** The browser's permission prompt is open and nobody answers. */
export const Requesting: Story = { ...simulated({ outcome: 'no-answer' }), play: expectState(CaptureState.Requesting) };

/** A slow prompt: requesting for two seconds, then live. */
export const SlowPermission: Story = { ...simulated({ delay: 2000 }), play: expectState(CaptureState.Live) };

/** `muted`: the camera stays on, the picture goes black. */
export const Muted: Story = { args: { [Attr.Muted]: true }, play: expectState(CaptureState.Live, { attribute: Attr.Muted }) };

/** The OS took the camera away for a while (the track is muted by its source). */
export const Interrupted: Story = {
  play: sequence(whenLive(() => simulator()?.interrupt()), expectState(CaptureState.Live, { attribute: Attr.Interrupted })),
};

/** Stopped by the page (`stop()`). */
export const Stopped: Story = { play: sequence(whenLive(preview => preview.stop()), expectState(CaptureState.Stopped)) };

/** The camera was unplugged after two seconds. */
export const Ended: Story = { ...simulated({ unplugAfter: 2000 }), play: expectState(CaptureState.Ended) };

/** The permission was revoked from the site settings after two seconds. */
export const Revoked: Story = { ...simulated({ revokeAfter: 2000 }), play: expectState(CaptureState.Ended, { permission: 'denied' }) };

/** The person said no: `denied-by="user"`, and the steps to allow the camera in this browser. */
export const ErrorDenied: Story = { ...simulated({ outcome: 'denied' }), play: expectError(ErrorKind.Denied, DeniedBy.User) };

/** The OS blocks the browser from the camera (Chromium: "Permission denied by system"): the steps for this OS. */
/**
 * Blocked, and the browser's own camera control above the steps (`<camera>`, Chromium; simulated here in every
 * engine): a click on it asks the browser again, and after a block opens its in-page way to allow the camera.
 */
export const BlockedWithTheBrowsersWayBack: Story = {
  name: 'Blocked, with the browser’s way back',
  ...simulated({ outcome: 'denied', browserControl: true }),
  play: expectWayBack(),
};

export const ErrorDeniedBySystem: Story = { ...simulated({ outcome: 'denied-by-system' }), play: expectError(ErrorKind.Denied, DeniedBy.System) };

/** The frame's permissions policy refuses the camera (an iframe without `allow="camera"`). */
export const ErrorDeniedByPolicy: Story = { ...simulated({ outcome: 'denied-by-policy' }), play: expectError(ErrorKind.Denied, DeniedBy.Policy) };

/** A covered lens or a closed privacy shutter: `dark` after about 2 s of nearly black frames. */
export const Dark: Story = { ...simulated({ cameras: [{ scene: 'covered' }] }), play: expectHealth('dark') };

/** The camera stops sending frames once live (taken by another application): `frozen` after about 2 s. */
export const Frozen: Story = { ...simulated({}), play: sequence(whenLive(() => simulator()?.setScene('stalled')), expectHealth('frozen')) };

export const ErrorNotFound: Story = { ...simulated({ cameras: [] }), play: expectError(ErrorKind.NotFound) };

export const ErrorInUse: Story = { ...simulated({ outcome: 'in-use' }), play: expectError(ErrorKind.InUse) };

/** `device-id` names a camera that isn't there. */
export const ErrorOverconstrained: Story = { args: { [Attr.DeviceId]: 'unplugged-camera' }, play: expectError(ErrorKind.Overconstrained) };

export const ErrorInsecure: Story = { ...simulated({ outcome: 'insecure' }), play: expectError(ErrorKind.Insecure) };

export const ErrorUnsupported: Story = { ...simulated({ outcome: 'unsupported' }), play: expectError(ErrorKind.Unsupported) };

export const ErrorUnknown: Story = { ...simulated({ outcome: 'unknown' }), play: expectError(ErrorKind.Unknown) };

export const MirrorOn: Story = { args: { [Attr.Mirror]: 'on' } };

export const MirrorOff: Story = { args: { [Attr.Mirror]: 'off' } };

const slots = html`
  <div slot="idle"><button type="button" @click=${start}>Turn on camera</button></div>
  <div slot="requesting">Say cheese… waiting for your camera</div>
  <div slot="error">No camera for now. <button type="button" @click=${start}>Try again</button></div>
  <div slot="ended">Camera unplugged. <button type="button" @click=${start}>Reconnect</button></div>
`;

/**
 * Every slot at once, one preview per device of the simulator: idle (`manual`), error (a camera in use), ended (a
 * camera unplugged once live) and requesting (a camera whose prompt nobody answers). Requests for cameras run one
 * at a time, in document order, so the unanswered one comes last.
 */
export const CustomSlots: Story = {
  ...simulated(
    {
      cameras: [
        { deviceId: 'busy', label: 'Busy camera', outcome: 'in-use' },
        { deviceId: 'unplugged', label: 'Unplugged camera' },
        { deviceId: 'waiting', label: 'Waiting camera', outcome: 'no-answer' },
      ],
    },
    '420px',
  ),
  render: args => html`
    <div style="display: grid; grid-template-columns: 1fr 1fr; gap: 8px">
      ${['', 'busy', 'unplugged', 'waiting'].map(id => camera({ ...args, [Attr.Manual]: !id, [Attr.DeviceId]: id }, slots))}
    </div>
  `,
  play: async ({ canvasElement }) => {
    await reaches(canvasElement.querySelector('[device-id=unplugged]')!, 'live');
    simulator()?.unplug('unplugged');
  },
};

export const Theming: Story = {
  render: args => html`
    <style>
      .themed camera-preview {
        --camera-preview-aspect-ratio: 1;
        --camera-preview-object-fit: cover;
        --camera-preview-background: #1d1b3a;
        --camera-preview-color: #ffd166;
        --camera-preview-font: 600 15px/1.3 Georgia, serif;
        inline-size: 240px;
        border-radius: 50%;
        border: 4px solid #ffd166;
      }
      .themed camera-preview::part(frame) {
        background: radial-gradient(circle, #3a3570, #1d1b3a);
      }
      .themed camera-preview::part(video) {
        filter: saturate(1.6) contrast(1.1);
      }
    </style>
    <div class="themed" style="display: flex; gap: 16px">
      ${camera(args)} ${camera({ ...args, [Attr.Manual]: true }, html`<span slot="idle">Camera off</span>`)}
    </div>
  `,
};

/** The live preview on a page in the dark scheme. */
export const InTheDark: Story = { ...Live, ...inTheDark };
