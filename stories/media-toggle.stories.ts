import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../components/camera-preview/define.js';
import '../components/media-toggle/define.js';
import '../components/mic-meter/define.js';
import { Attr, TagName } from '../components/core/constants.js';
import type { CameraPreview } from '../components/camera-preview/define.js';
import { readOnly } from './support/capture-args.js';
import { eventually, storyElement } from './support/expectations.js';
import { inTheDark } from './support/theme.js';

interface ToggleArgs {
  [Attr.For]: string;
  /** The target's own `muted`, to show the toggle pressed from the start. */
  targetMuted: boolean;
}

const meta = {
  title: 'Elements/media-toggle',
  component: TagName.MediaToggle,
  tags: ['autodocs'],
  render: args => html`
    <div style="display: grid; gap: 8px; justify-items: start">
      <camera-preview id="camera" ?muted=${args.targetMuted} style="inline-size: 240px"></camera-preview>
      <media-toggle for=${args[Attr.For]}>Mute camera</media-toggle>
    </div>
  `,
  args: { [Attr.For]: 'camera', targetMuted: false },
  argTypes: {
    [Attr.For]: { control: 'text', description: 'The id of the capture element to mute.' },
    targetMuted: { control: 'boolean', description: "The target's `muted` attribute (not the toggle's)." },
    [Attr.Pressed]: readOnly('The target is muted.'),
  },
} satisfies Meta<ToggleArgs & { [Attr.Pressed]?: boolean }>;

export default meta;
type Story = StoryObj<ToggleArgs>;

export const Camera: Story = {};

/** The camera starts muted: black frames, the device still open, the toggle pressed. */
export const Muted: Story = {
  args: { targetMuted: true },
  play: eventually(context => {
    const track = context.canvasElement.querySelector<CameraPreview>(TagName.CameraPreview)?.stream?.getVideoTracks()[0];
    expect(storyElement(context).hasAttribute(Attr.Pressed), `<media-toggle> has the ${Attr.Pressed} attribute`).toBe(true);
    expect(track?.readyState, 'the camera track').toBe('live');
    expect(track?.enabled, 'the camera track is enabled').toBe(false);
  }),
};

export const Microphone: Story = {
  args: { [Attr.For]: 'microphone' },
  render: args => html`
    <div style="display: flex; gap: 12px; align-items: center">
      <media-toggle for=${args[Attr.For]}>Mute microphone</media-toggle>
      <mic-meter id="microphone" ?muted=${args.targetMuted} style="inline-size: 12em"></mic-meter>
    </div>
  `,
};

/** `for` names no element: the button is disabled. */
export const NoTarget: Story = {
  args: { [Attr.For]: 'nothing-here' },
  render: args => html`<media-toggle for=${args[Attr.For]}></media-toggle>`,
};

export const Theming: Story = {
  args: { targetMuted: true },
  render: args => html`
    <style>
      .themed media-toggle {
        --media-toggle-border: 2px solid #5b4bdb;
        --media-toggle-color: #2a2170;
        --media-toggle-pressed-background: #2a2170;
        --media-toggle-pressed-color: #ffd166;
        --media-toggle-focus-ring: 3px solid #ffb000;
        --media-toggle-font: 600 14px/1.3 system-ui, sans-serif;
      }
      /* A dot that lights up while muted, from page CSS alone. */
      .themed media-toggle::part(button)::before {
        content: '';
        display: inline-block;
        inline-size: 0.6em;
        block-size: 0.6em;
        margin-inline-end: 0.4em;
        border-radius: 50%;
        border: 1px solid currentColor;
      }
      .themed media-toggle[pressed]::part(button)::before {
        background: currentColor;
      }
    </style>
    <div class="themed" style="display: grid; gap: 8px; justify-items: start">
      <camera-preview id="camera" ?muted=${args.targetMuted} style="inline-size: 240px"></camera-preview>
      <media-toggle for=${args[Attr.For]}>Camera off</media-toggle>
    </div>
  `,
};

/** The pressed toggle on a page in the dark scheme. */
export const InTheDark: Story = { ...Muted, ...inTheDark };
