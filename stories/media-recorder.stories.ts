import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../components/camera-preview/define.js';
import '../components/media-recorder/define.js';
import '../components/screen-preview/define.js';
import type { MediaRecorderElement, RecordingResult, RecoveredRecording } from '../components/media-recorder/define.js';
import { recordingStore } from '../components/core/recording/persist.js';
import type { ScreenPreview } from '../components/screen-preview/define.js';
import { Attr, CaptureState, RecorderState, TagName } from '../components/core/constants.js';
import { readOnly } from './support/capture-args.js';
import { eventually, expectState, play, sequence, storyElement } from './support/expectations.js';
import { reaches } from './support/states.js';
import { inTheDark } from './support/theme.js';

interface RecorderArgs {
  [Attr.For]: string;
  [Attr.MimeType]: string;
  [Attr.Timeslice]: number | undefined;
  [Attr.MaxDuration]: number | undefined;
  [Attr.Persist]: string;
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
    persist=${ifDefined(args[Attr.Persist] || undefined)}
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
  args: { [Attr.For]: 'camera', [Attr.MimeType]: '', [Attr.Timeslice]: undefined, [Attr.MaxDuration]: undefined, [Attr.Persist]: '' },
  argTypes: {
    [Attr.For]: { control: 'text', description: 'The id of the capture element to record.' },
    [Attr.MimeType]: {
      control: 'select',
      options: ['', 'video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/mp4', 'video/mp4, video/webm'],
      description: 'Preferred type(s); empty: negotiated.',
    },
    [Attr.Timeslice]: { control: 'number', description: 'Milliseconds per `dataavailable` chunk.' },
    [Attr.MaxDuration]: { control: 'number', description: 'Stop by itself after this many seconds.' },
    [Attr.Persist]: { control: 'text', description: "Keep each recording in the origin's storage as it is made, under this key." },
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

/** The key the two stories below share. */
const INTERRUPTED_KEY = 'story-interrupted';

/**
 * `persist`: each recording is written to the origin's storage as it is made. This is the page that the story
 * below interrupts; on its own it just records.
 */
export const PersistedPage: Story = {
  args: { [Attr.Persist]: INTERRUPTED_KEY },
  parameters: { docs: { story: { inline: false, height: '360px' } } },
  play: once(el => el.start()),
};

/**
 * A recording interrupted and recovered: the page above records in a frame, which is removed after two seconds
 * (as a closed tab, a reload or a crash would end it: nothing is finalized). Then a `<media-recorder>` with the same
 * `persist` key connects, fires `recovered` once with what was stored, and it plays below.
 */
export const InterruptedAndRecovered: Story = {
  render: () => html`
    <div style="display: grid; gap: 8px; justify-items: start">
      <iframe
        title="A page that records"
        src="iframe.html?id=elements-media-recorder--persisted-page&amp;viewMode=story"
        style="inline-size: 320px; block-size: 260px; border: 1px dashed"
      ></iframe>
      <p role="status">Recording in the frame…</p>
      <video class="result" controls hidden style="inline-size: 240px"></video>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const frame = canvasElement.querySelector('iframe')!;
    const status = canvasElement.querySelector('[role=status]')!;
    const framed = await waitFor(() => {
      const el = frame.contentDocument?.querySelector<MediaRecorderElement>(TagName.MediaRecorder);
      if (el?.state !== RecorderState.Recording) throw new Error('the framed recorder is not recording yet');
      return el;
    }, { timeout: 15_000 });
    // Two chunks written, a chunk a second: then the page goes.
    let bytes = 0;
    framed.addEventListener('dataavailable', event => (bytes += event.detail.data.size));
    await waitFor(async () => {
      const store = await recordingStore();
      const stored = await Promise.all((await store.list(INTERRUPTED_KEY)).map(id => store.read(INTERRUPTED_KEY, id).then(r => r.blob.size, () => 0)));
      if (framed.duration < 2 || stored.reduce((a, b) => a + b, 0) < bytes) throw new Error('two seconds stored');
    }, { timeout: 10_000 });
    frame.remove();
    status.textContent = 'The page went away mid-recording. A new recorder with the same key:';
    const recorder = document.createElement(TagName.MediaRecorder);
    recorder.persist = INTERRUPTED_KEY;
    const recovered = new Promise<RecoveredRecording>(resolve => recorder.addEventListener('recovered', event => resolve(event.detail), { once: true }));
    status.after(recorder);
    const { blob, duration } = await recovered;
    status.textContent = `Recovered ${duration.toFixed(1)} s:`;
    const video = canvasElement.querySelector<HTMLVideoElement>('video.result')!;
    video.src = URL.createObjectURL(blob);
    video.hidden = false;
    await waitFor(() => expect(video.duration, 'the recovered recording’s duration').toBeGreaterThan(1.5), { timeout: 10_000 });
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

/** Recording, on a page in the dark scheme: the accent on the stop button, the recording red in its dark value. */
export const InTheDark: Story = { ...Recording, ...inTheDark };
