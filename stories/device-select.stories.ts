import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../components/index.js';
import type { DeviceKind } from '../components/device-select/define.js';
import { Attr, TagName } from '../components/core/constants.js';
import type { MediaSimulatorOptions } from '../components/testing/index.js';
import { eventually, storyElement } from './support/expectations.js';
import { MEDIA_GLOBAL, simulated, simulator } from './support/simulated-media.js';
import { inTheDark } from './support/theme.js';

interface SelectArgs {
  [Attr.Kind]: DeviceKind;
  [Attr.Remember]: boolean;
}

/** The element `kind` drives: a preview for cameras, a meter for microphones, an <audio> for speakers. */
const targets: Record<DeviceKind, ReturnType<typeof html>> = {
  videoinput: html`<camera-preview id="target" style="inline-size: 320px"></camera-preview>`,
  audioinput: html`<mic-meter id="target"></mic-meter>`,
  audiooutput: html`<audio id="target" controls></audio>`,
};

/** Two of each, so there is something to choose. */
const devices: MediaSimulatorOptions = {
  cameras: [{ label: 'Front camera' }, { label: 'Back camera', facingMode: 'environment' }],
  microphones: [{ label: 'Headset microphone' }, { label: 'Built-in microphone', speech: false, level: 0.1 }],
};

const meta = {
  title: 'Elements/device-select',
  component: TagName.DeviceSelect,
  tags: ['autodocs'],
  render: args => html`
    <div style="display: grid; gap: 12px; justify-items: start">
      <device-select kind=${args[Attr.Kind]} for="target" ?remember=${args[Attr.Remember]}></device-select>
      ${targets[args[Attr.Kind]]}
    </div>
  `,
  parameters: { [MEDIA_GLOBAL]: devices },
  args: { [Attr.Kind]: 'videoinput', [Attr.Remember]: false },
  argTypes: {
    [Attr.Kind]: { control: 'inline-radio', options: ['videoinput', 'audioinput', 'audiooutput'], description: 'Which devices to list.' },
    [Attr.Remember]: { control: 'boolean', description: 'Keep the choice in localStorage; restore it when that device is present.' },
  },
} satisfies Meta<SelectArgs>;

export default meta;
type Story = StoryObj<SelectArgs>;

/** The cameras listed and enabled, and the preview it drives live. */
export const Cameras: Story = {
  play: eventually(context => {
    const select = storyElement(context).shadowRoot!.querySelector('select');
    expect(select, 'the <select>').not.toBeNull();
    expect(select!.disabled, 'the <select> is disabled').toBe(false);
    expect(select!.options.length, 'the options').toBeGreaterThan(0);
    expect(context.canvasElement.querySelector(TagName.CameraPreview)?.getAttribute('state'), '<camera-preview> state').toBe('live');
  }),
};

export const Microphones: Story = { args: { [Attr.Kind]: 'audioinput' } };

export const Speakers: Story = { args: { [Attr.Kind]: 'audiooutput' } };

export const Remembered: Story = { args: { [Attr.Kind]: 'audioinput', [Attr.Remember]: true } };

/** Before any permission, browsers hide device names: the select numbers the devices and says why. */
export const BeforePermission: Story = {
  ...simulated(devices, '120px'),
  render: () => html`<device-select></device-select>`,
};

/** No camera at all. */
export const NoDevices: Story = simulated({ cameras: [] }, '320px');

/** The back camera is unplugged after two seconds: it leaves the list (the preview on the front camera goes on). */
export const Unplugged: Story = {
  ...simulated(devices),
  play: () => void setTimeout(() => simulator()?.unplug('simulated-camera-2'), 2000),
};

export const Theming: Story = {
  render: () => html`
    <style>
      .themed device-select {
        --device-select-border: 2px solid #5b4bdb;
        --device-select-radius: 999px;
        --device-select-padding: 0.4em 1em;
        --device-select-background: #f4f2ff;
        --device-select-color: #2a2170;
        --device-select-focus-ring: 3px solid #ffb000;
      }
      .themed device-select::part(label) {
        font-weight: 600;
        text-transform: uppercase;
        letter-spacing: 0.05em;
        font-size: 0.75em;
      }
    </style>
    <div class="themed"><device-select kind="audioinput"><span slot="label">Your microphone</span></device-select></div>
  `,
};

/** The select on a page in the dark scheme. */
export const InTheDark: Story = { ...Cameras, ...inTheDark };
