import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../components/camera-preview/define.js';
import type { CameraPreview } from '../components/camera-preview/define.js';
import type { EffectProcessor } from '../components/core/effects/effect-types.js';
import { TagName } from '../components/core/constants.js';
import { EFFECT_ON_TIMEOUT, eventually, storyElement } from './support/expectations.js';
import { room } from './support/effects.js';
import { grayscale } from './support/grayscale-processor.js';

interface EffectArgs {
  effect: string;
  'blur-radius': number;
  'background-image': string;
}

const meta = {
  title: 'Elements/camera-preview/Effects',
  component: TagName.CameraPreview,
  render: args => html`<camera-preview effect=${args.effect} blur-radius=${args['blur-radius']} background-image=${args['background-image']}></camera-preview>`,
  decorators: [story => html`<div style="max-inline-size: 480px">${story()}</div>`],
  args: { effect: 'blur', 'blur-radius': 12, 'background-image': '' },
  argTypes: {
    effect: { control: 'inline-radio', options: ['none', 'blur', 'background'], description: 'The background effect.' },
    'blur-radius': { control: { type: 'range', min: 0, max: 40 }, description: 'The blur, in pixels of the camera frames.' },
    'background-image': { control: 'text', description: 'For `background`: the image behind the person.' },
  },
} satisfies Meta<EffectArgs>;

export default meta;
type Story = StoryObj<EffectArgs>;

/** Waits until the preview reflects `effect-state="<state>"`. */
const effectState = (state: string) =>
  eventually(context => expect(storyElement<CameraPreview>(context).getAttribute('effect-state')).toBe(state), [`effect-${state}`], EFFECT_ON_TIMEOUT);

/** The background blurred, the person sharp (the simulated camera has no person: all of it is blurred). */
export const Blur: Story = { play: effectState('on') };

/** The background replaced by an image, cover-fitted. */
export const Background: Story = { args: { effect: 'background', 'background-image': room() }, play: effectState('on') };

/** While the effect loads, the camera's own picture shows: here a processor that never finishes starting. */
export const EffectLoading: Story = {
  render: () => html`<camera-preview .processor=${{ start: () => new Promise<MediaStreamTrack>(() => {}), stop: () => {} } satisfies EffectProcessor}></camera-preview>`,
  play: effectState('loading'),
};

/** An image that can't be decoded: a console warning, `effect-state="error"`, and the camera's own picture. */
export const EffectError: Story = { args: { effect: 'background', 'background-image': 'data:image/png;base64,bm90IGFuIGltYWdl' }, play: effectState('error') };

/**
 * The app's own effect: `processor` gets the camera's track and gives a track back (here grey frames drawn on a
 * canvas: stories/support/grayscale-processor.ts, a few lines).
 */
export const CustomProcessor: Story = {
  render: () => html`<camera-preview .processor=${grayscale()}></camera-preview>`,
  play: effectState('on'),
};
