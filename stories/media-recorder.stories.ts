import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../components/camera-preview/define.js';
import '../components/media-recorder/define.js';
import '../components/screen-preview/define.js';
import type { MediaRecorderElement, RecordingResult } from '../components/media-recorder/define.js';
import type { ScreenPreview } from '../components/screen-preview/define.js';
import { Attr, CaptureState, RecorderState, TagName } from '../components/core/constants.js';
import { readOnly } from './support/capture-args.js';
import { eventually, expectState, play, sequence, storyElement } from './support/expectations.js';
import { reaches } from './support/states.js';

interface RecorderArgs {
  [Attr.For]: string;
  [Attr.MimeType]: string;
  [Attr.Timeslice]: number | undefined;
  [Attr.MaxDuration]: number | undefined;
}

/** Plays each finished recording below the recorder. */
const showResult = (event: CustomEvent<RecordingResult>) => {
  const video = (event.currentTarget as Element).parentElement!.querySelector<HTMLVideoElement>('video.result')!;
  URL.revokeObjectURL(video.src);
  video.src = URL.createObjectURL(event.detail.blob);
  video.hidden = false;
};

const recorder = (args: RecorderArgs) => html`
  <media-recorder
    for=${args[Attr.For]}
    mime-type=${ifDefined(args[Attr.MimeType] || undefined)}
    timeslice=${ifDefined(args[Attr.Timeslice] ?? undefined)}
    max-duration=${ifDefined(args[Attr.MaxDuration] ?? undefined)}
    @recordingstop=${showResult}
  ></media-recorder>
  <video class="result" controls hidden style="inline-size: 240px"></video>
`;

const withCamera = (args: RecorderArgs) => html`
  <div style="display: grid; gap: 8px; justify-items: start">
    <camera-preview id="camera" audio style="inline-size: 240px"></camera-preview>
    ${recorder(args)}
  </div>
`;

/** Runs `steps` on the recorder once its camera is live. */
const once = (steps: (el: MediaRecorderElement) => Promise<unknown> | void) =>
  play(async ({ canvasElement }) => {
    await reaches(canvasElement.querySelector(TagName.CameraPreview)!, CaptureState.Live);
    await steps(canvasElement.querySelector(TagName.MediaRecorder)!);
  });
const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

const meta = {
  title: 'Elements/media-recorder',
  component: TagName.MediaRecorder,
  tags: ['autodocs'],
  render: args => withCamera(args),
  args: { [Attr.For]: 'camera', [Attr.MimeType]: '', [Attr.Timeslice]: undefined, [Attr.MaxDuration]: undefined },
  argTypes: {
    [Attr.For]: { control: 'text', description: 'The id of the capture element to record.' },
    [Attr.MimeType]: {
      control: 'select',
      options: ['', 'video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/mp4', 'video/mp4, video/webm'],
      description: 'Preferred type(s); empty: negotiated.',
    },
    [Attr.Timeslice]: { control: 'number', description: 'Milliseconds per `dataavailable` chunk.' },
    [Attr.MaxDuration]: { control: 'number', description: 'Stop by itself after this many seconds.' },
    [Attr.State]: readOnly('`inactive`, `recording` or `paused`.'),
  },
} satisfies Meta<RecorderArgs & { [Attr.State]?: string }>;

export default meta;
type Story = StoryObj<RecorderArgs>;

/** Ready: the record button enables once the camera is live. */
export const Inactive: Story = { play: expectState(RecorderState.Inactive) };

/** Recording, its clock running. */
export const Recording: Story = {
  play: sequence(
    once(el => el.start()),
    eventually(
      context => {
        const el = storyElement<MediaRecorderElement>(context);
        expect(el.getAttribute('state'), '<media-recorder> state').toBe(RecorderState.Recording);
        expect(el.duration, 'the duration in seconds').toBeGreaterThan(0.5);
      },
      [RecorderState.Recording],
    ),
  ),
};

export const Paused: Story = {
  play: sequence(
    once(async el => {
      el.start();
      await wait(1200);
      el.pause();
    }),
    expectState(RecorderState.Paused),
  ),
};

/** A finished recording: its length on the timer, a download button, and the result played below. */
export const Stopped: Story = {
  play: sequence(
    once(async el => {
      el.start();
      await wait(1500);
      await el.stop();
    }),
    eventually(context => {
      expect(storyElement<MediaRecorderElement>(context).blob?.size, 'the recording in bytes').toBeGreaterThan(0);
      expect(context.canvasElement.querySelector<HTMLVideoElement>('video.result')?.videoWidth, 'the result video width').toBeGreaterThan(0);
    }),
  ),
};

/** `max-duration="3"`: the recording stops by itself after three seconds. */
export const MaxDuration: Story = { args: { [Attr.MaxDuration]: 3 }, play: once(el => el.start()) };

/** `for` names no element: nothing to record. */
export const NoSource: Story = { args: { [Attr.For]: 'nothing-here' } };

/** Recording a shared screen (a stand-in canvas here); "Stop sharing" would finalize the recording. */
export const ScreenRecording: Story = {
  args: { [Attr.For]: 'screen' },
  render: args => html`
    <div style="display: grid; gap: 8px; justify-items: start">
      <screen-preview id="screen" style="inline-size: 320px"></screen-preview>
      ${recorder(args)}
    </div>
  `,
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<ScreenPreview>(TagName.ScreenPreview)!.start();
    canvasElement.querySelector(TagName.MediaRecorder)!.start();
  },
};

export const Theming: Story = {
  render: args => html`
    <style>
      .themed media-recorder {
        --media-recorder-accent: #ff3b6b;
        --media-recorder-font: 600 15px/1.3 ui-rounded, system-ui, sans-serif;
        --media-recorder-button-background: #1d1b3a;
        --media-recorder-button-border: none;
        --media-recorder-gap: 12px;
        color: #f4f2ff;
        background: #2a2756;
        padding: 8px 12px;
        border-radius: 12px;
      }
      .themed media-recorder::part(timer) {
        font-size: 1.2em;
      }
    </style>
    <div class="themed">${withCamera(args)}</div>
  `,
};
