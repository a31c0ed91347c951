import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../components/camera-controls/define.js';
import '../components/camera-preview/define.js';
import '../components/device-select/define.js';
import '../components/media-recorder/define.js';
import '../components/media-toggle/define.js';
import '../components/mic-meter/define.js';
import '../components/screen-preview/define.js';
import { TagName } from '../components/core/constants.js';
import { eventually, type PlayContext } from './support/expectations.js';
import { simulated } from './support/simulated-media.js';
import { THEME_GLOBAL } from './support/theme.js';

/** The background of a part drawn in the shadow root of the first `tag` of the story. */
const backgroundOf = ({ canvasElement }: PlayContext, tag: string, part: string) =>
  getComputedStyle(canvasElement.querySelector(tag)!.shadowRoot!.querySelector(`[part~=${part}]`)!).backgroundColor;

/** Every element of the kit. */
const kit = () => html`
    <div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); max-inline-size: 48rem">
      <div style="display: grid; gap: 0.75rem; align-content: start">
        <camera-preview id="camera"></camera-preview>
        <div style="display: flex; flex-wrap: wrap; gap: 0.5rem">
          <media-toggle for="camera">Turn camera off</media-toggle>
          <media-recorder for="camera"></media-recorder>
        </div>
        <camera-controls for="camera"></camera-controls>
      </div>
      <div style="display: grid; gap: 0.75rem; align-content: start">
        <device-select kind="audioinput" for="microphone"></device-select>
        <mic-meter id="microphone" style="inline-size: 100%"></mic-meter>
        <media-toggle for="microphone" class="own">Mute microphone</media-toggle>
        <screen-preview></screen-preview>
      </div>
    </div>
  `;

/** A PTZ camera, so that the camera controls show. */
const devices = simulated({ cameras: [{ label: 'Simulated PTZ camera', controls: true }], microphones: [{ label: 'Headset microphone' }] }, '560px');

const meta = {
  title: 'Theming',
  render: kit,
  parameters: {
    ...devices.parameters,
    docs: { ...devices.parameters.docs, description: { component: 'Every element of the kit, themed by the `--lme-*` tokens alone.' } },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The kit's own tokens: light or dark from the page's `color-scheme` (the toolbar's Theme). */
export const Kit: Story = {
  play: eventually(context => {
    expect(context.canvasElement.querySelector(TagName.CameraPreview)?.getAttribute('state'), '<camera-preview> state').toBe('live');
    expect(context.canvasElement.querySelector(TagName.CameraControls)?.shadowRoot?.querySelectorAll('input').length, "the PTZ camera's controls").toBeGreaterThan(0);
  }),
};

/** A brand that sets only the tokens (stories/support/theme.ts): one rule, every element, both schemes. */
export const Brand: Story = {
  globals: { [THEME_GLOBAL]: 'brand' },
  play: eventually(context => {
    expect(backgroundOf(context, TagName.MediaRecorder, 'record-button'), "the record button: the brand's accent").toBe('rgb(107, 47, 163)');
    expect(getComputedStyle(context.canvasElement.querySelector(TagName.DeviceSelect)!.shadowRoot!.querySelector('select')!).borderTopLeftRadius, "the select: the brand's radius").toBe('16px');
  }),
};

/** An element's own property wins over the token: this toggle's pressed colour, set on it alone. */
export const OwnPropertyWins: Story = {
  render: () => html`
    <style>
      media-toggle.own {
        --media-toggle-pressed-background: #8a1c00;
        --media-toggle-pressed-color: #fff;
      }
    </style>
    ${kit()}
  `,
  play: eventually(async context => {
    const toggles = context.canvasElement.querySelectorAll<HTMLElement & { toggle(): void; pressed: boolean }>(TagName.MediaToggle);
    for (const toggle of toggles) if (!toggle.pressed) toggle.toggle();
    await new Promise(requestAnimationFrame);
    expect(getComputedStyle(toggles[1]!.shadowRoot!.querySelector('button')!).backgroundColor, 'the toggle with its own colour').toBe('rgb(138, 28, 0)');
    expect(getComputedStyle(toggles[0]!.shadowRoot!.querySelector('button')!).backgroundColor, 'the other toggle: the accent, as the record button').toBe(
      backgroundOf(context, TagName.MediaRecorder, 'record-button'),
    );
  }),
};
