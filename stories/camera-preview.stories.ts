import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/camera-preview/define.js';
import type { CameraPreview, MirrorMode } from '../components/camera-preview/define.js';
import { Attr, ErrorKind, TagName } from '../components/core/constants.js';
import type { FacingMode } from '../components/core/constraints.js';
import { captureArgs, captureArgTypes, readOnly, type CaptureArgs, type CaptureReadOnlyArgs } from './support/capture-args.js';
import { endsAfter, neverAnswers, rejectWith, scripted } from './support/scripted-media.js';

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

export const Live: Story = {};

export const Manual: Story = {
  args: { [Attr.Manual]: true },
  render: args => camera(args, html`<button slot="idle" @click=${start}>Start camera</button>`),
};

export const Requesting: Story = { ...scripted(neverAnswers) };

export const ErrorDenied: Story = { ...scripted(rejectWith(ErrorKind.Denied)) };

export const ErrorNotFound: Story = { ...scripted(rejectWith(ErrorKind.NotFound)) };

export const ErrorInUse: Story = { ...scripted(rejectWith(ErrorKind.InUse)) };

export const ErrorOverconstrained: Story = {
  ...scripted(rejectWith(ErrorKind.Overconstrained)),
  args: { [Attr.DeviceId]: 'unplugged-camera' },
};

export const Ended: Story = { ...scripted(endsAfter(1500)) };

export const MirrorOn: Story = { args: { [Attr.Mirror]: 'on' } };

export const MirrorOff: Story = { args: { [Attr.Mirror]: 'off' } };

const slots = html`
  <div slot="idle"><button @click=${start}>Turn on camera</button></div>
  <div slot="requesting">Say cheese… waiting for your camera</div>
  <div slot="error">No camera for now. <button @click=${start}>Try again</button></div>
  <div slot="ended">Camera unplugged. <button @click=${start}>Reconnect</button></div>
`;

/** One preview per slot. Previews connect, and so ask for the camera, in document order: idle (manual) asks nothing. */
export const CustomSlots: Story = {
  ...scripted(neverAnswers, rejectWith(ErrorKind.Denied), endsAfter(1500)),
  render: args => html`
    <div style="display: grid; grid-template-columns: 1fr 1fr; gap: 8px">
      ${camera({ ...args, [Attr.Manual]: true }, slots)} ${camera(args, slots)} ${camera(args, slots)} ${camera(args, slots)}
    </div>
  `,
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
