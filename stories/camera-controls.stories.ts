import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../components/camera-controls/define.js';
import '../components/camera-preview/define.js';
import type { CameraControls } from '../components/camera-controls/define.js';
import { Attr, TagName } from '../components/core/constants.js';
import { eventually, storyElement } from './support/expectations.js';
import { simulated } from './support/simulated-media.js';
import { inTheDark } from './support/theme.js';

interface ControlsArgs {
  [Attr.For]: string;
}

const meta = {
  title: 'Elements/camera-controls',
  component: TagName.CameraControls,
  tags: ['autodocs'],
  render: args => html`
    <div style="display: grid; gap: 8px; inline-size: 320px">
      <camera-preview id="camera"></camera-preview>
      <camera-controls for=${args[Attr.For]}></camera-controls>
    </div>
  `,
  args: { [Attr.For]: 'camera' },
  argTypes: {
    [Attr.For]: { control: 'text', description: 'The id of the `<camera-preview>` whose camera to control.' },
  },
} satisfies Meta<ControlsArgs>;

export default meta;
type Story = StoryObj<ControlsArgs>;

const inputs = (controls: CameraControls) => [...controls.shadowRoot!.querySelectorAll('input')].map(input => input.getAttribute('part'));

/** A simulated camera with zoom, pan, tilt and a torch: one native input each, with the camera's ranges. */
export const PtzCamera: Story = {
  ...simulated({ cameras: [{ label: 'Simulated PTZ camera', controls: true }] }, '520px'),
  play: eventually(context => {
    const controls = storyElement<CameraControls>(context);
    expect(inputs(controls), 'the controls shown').toEqual(['zoom', 'pan', 'tilt', 'torch']);
    const zoom = controls.shadowRoot!.querySelector<HTMLInputElement>('[part~="zoom"]')!;
    expect([zoom.min, zoom.max, zoom.step], "the zoom's range and step").toEqual(['1', '4', '0.1']);
  }),
};

/** A plain webcam, with none of these controls: nothing is shown. */
export const PlainCamera: Story = {
  ...simulated({ cameras: [{ label: 'Simulated webcam' }] }, '420px'),
  play: eventually(context => {
    const preview = context.canvasElement.querySelector(TagName.CameraPreview)!;
    expect(preview.getAttribute('state'), '<camera-preview> state').toBe('live');
    expect(inputs(storyElement<CameraControls>(context)), 'the controls shown').toEqual([]);
  }),
};

/** A PTZ camera's controls on a page in the dark scheme: the tokens' dark values. */
export const InTheDark: Story = { ...PtzCamera, ...inTheDark };
