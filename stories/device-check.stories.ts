import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../components/device-check/define.js';
import type { DeviceCheck } from '../components/device-check/define.js';
import type { MediaToggle } from '../components/media-toggle/define.js';
import type { CameraPreview } from '../components/camera-preview/define.js';
import { TagName } from '../components/core/constants.js';
import { room } from './support/effects.js';
import { EFFECT_ON_TIMEOUT, eventually, expectStatus, play, sequence, storyElement, type PlayContext } from './support/expectations.js';
import { simulated } from './support/simulated-media.js';
import { browserControlIn } from './support/browser-control.js';
import { inTheDark } from './support/theme.js';

interface CheckArgs {
  video: boolean;
  audio: boolean;
  output: boolean;
  remember: boolean;
}

const inner = (context: PlayContext, selector: string) => storyElement<DeviceCheck>(context).shadowRoot!.querySelector(selector);
const statusLine = (context: PlayContext) => inner(context, '[part=status]')?.textContent?.trim() ?? '';

const meta = {
  title: 'Elements/device-check',
  component: TagName.DeviceCheck,
  tags: ['autodocs'],
  render: args => html`
    <device-check ?video=${args.video} ?audio=${args.audio} ?output=${args.output} ?remember=${args.remember} style="max-inline-size: 56rem">
      <h2 slot="header" style="margin: 0 0 0.5rem">Check your camera, microphone and speakers</h2>
      <button slot="footer" type="button">Join the call</button>
    </device-check>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'The panel before a call: one capture per kind, a speaker test, a microphone test that plays back what it recorded, and `result` for the call. None of `video`, `audio`, `output`: every check the device has.',
      },
      story: { inline: false, height: '560px' },
    },
  },
  args: { video: false, audio: false, output: false, remember: false },
  argTypes: {
    video: { control: 'boolean', description: 'Check the camera.' },
    audio: { control: 'boolean', description: 'Check the microphone.' },
    output: { control: 'boolean', description: 'Check the speakers.' },
    remember: { control: 'boolean', description: 'Keep the chosen devices in localStorage.' },
  },
} satisfies Meta<CheckArgs>;

export default meta;
type Story = StoryObj<CheckArgs>;

/** A first visit: the browser asks for the camera and microphone, and the status line says to allow them. */
export const FirstVisit: Story = {
  ...simulated({ outcome: 'no-answer', permission: 'prompt' }, '560px'),
  play: sequence(
    expectStatus('checking', 'permission'),
    eventually(context => expect(statusLine(context), 'the status line').toContain('Allow')),
  ),
};

/** Everything works: a live picture, a moving level, the devices listed, and the result for the call. */
export const Ready: Story = {
  ...simulated({ cameras: [{ label: 'Front camera' }, { label: 'Back camera' }], microphones: [{ label: 'Headset microphone' }] }, '560px'),
  play: sequence(
    expectStatus('ready'),
    eventually(context => {
      const { result } = storyElement<DeviceCheck>(context);
      expect(result.camera?.label, 'the chosen camera').toBe('Front camera');
      expect(result.constraints.audio, 'the microphone constraint').toEqual({ deviceId: { exact: result.microphone!.deviceId } });
      expect(inner(context, 'mic-meter')?.getAttribute('state'), '<mic-meter> state').toBe('live');
    }),
  ),
};

/** The person blocked the camera and microphone: the status line says where to allow them. */
export const BlockedByUser: Story = {
  ...simulated({ outcome: 'denied' }, '560px'),
  play: sequence(
    expectStatus('attention', 'camera-denied'),
    eventually(context => expect(statusLine(context), 'the status line').toContain('blocked')),
  ),
};

/**
 * Blocked, with the browser's own camera and microphone controls (Chromium; simulated here) in the preview and in the
 * meter's place: a click on one asks the browser again.
 */
export const BlockedWithTheBrowsersWayBack: Story = {
  name: 'Blocked, with the browser’s way back',
  ...simulated({ outcome: 'denied', browserControl: true }, '560px'),
  play: sequence(
    expectStatus('attention', 'camera-denied'),
    eventually(context => {
      expect(browserControlIn(inner(context, 'camera-preview')), 'the camera’s control').not.toBeNull();
      expect(browserControlIn(inner(context, 'mic-meter')), 'the microphone’s control').not.toBeNull();
    }),
  ),
};

/**
 * The operating system blocks the browser (macOS privacy settings, Windows camera access). Until the capture
 * elements tell who denied (`denied-by`, round two), this shows the generic blocked text; then `camera-denied-system`.
 */
export const BlockedBySystem: Story = {
  ...simulated({ outcome: () => new DOMException('Permission denied by system', 'NotAllowedError') }, '560px'),
  play: eventually(context => {
    const element = storyElement(context);
    expect(element.getAttribute('status'), '<device-check> status').toBe('attention');
    expect(['camera-denied', 'camera-denied-system'], '<device-check> reason').toContain(element.getAttribute('reason'));
    expect(statusLine(context), 'the status line').not.toBe('');
  }, ['attention']),
};

/** A microphone that sends digital silence (muted in the OS): the inner `<mic-meter>` reads `silent` after 3 s. */
export const SilentMicrophone: Story = {
  ...simulated({ microphones: [{ label: 'Muted microphone', osMuted: true }] }, '560px'),
  play: expectStatus('attention', 'microphone-silent'),
};

/** A device without a camera: the microphone and speakers are checked, and a note says there is no camera. */
export const NoCamera: Story = {
  ...simulated({ cameras: [] }, '360px'),
  play: sequence(
    expectStatus('ready'),
    eventually(context => {
      expect(inner(context, 'camera-preview'), 'a camera preview').toBeNull();
      expect(inner(context, '[part=note]')?.textContent, 'the note').toContain('No camera');
      expect(storyElement<DeviceCheck>(context).result.constraints.video, 'the video constraint').toBe(false);
    }),
  ),
};

/**
 * Where the browser can't choose an output (Safari, WebKitGTK: no `setSinkId`; here it is hidden for the story), the
 * speaker test plays through the system's output, and the panel says so instead of offering a select.
 */
export const SpeakersNotSelectable: Story = {
  ...simulated({}, '360px'),
  args: { audio: true, output: true },
  beforeEach: () => {
    const setSinkId = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'setSinkId');
    if (setSinkId) delete (HTMLMediaElement.prototype as Partial<HTMLMediaElement>).setSinkId;
    return () => {
      if (setSinkId) Object.defineProperty(HTMLMediaElement.prototype, 'setSinkId', setSinkId);
    };
  },
  play: sequence(
    expectStatus('ready'),
    eventually(context => {
      expect(inner(context, 'device-select[kind=audiooutput]'), 'a speaker select').toBeNull();
      expect(inner(context, '.default-output')?.textContent, 'the note').toContain('default output');
      expect(inner(context, '[part~=speaker-test-button]'), 'the test sound button').not.toBeNull();
    }),
  ),
};

/**
 * The camera is used by another application: its toggle and background are disabled, with the reason beside them;
 * the microphone's controls still act.
 */
export const CameraInUse: Story = {
  ...simulated({ cameras: [{ label: 'Front camera', outcome: 'in-use' }] }, '560px'),
  play: sequence(
    expectStatus('attention', 'camera-in-use'),
    eventually(context => {
      const toggle = inner(context, 'media-toggle[for=camera]') as MediaToggle;
      expect(toggle.shadowRoot!.querySelector('button')!.disabled, 'the camera toggle disabled').toBe(true);
      expect(inner(context, '[part=camera] .reason')?.textContent, 'the reason beside it').toContain('camera works');
    }),
  ),
};

/** The person turned the camera off: the preview says so over the picture, and the toggle is pressed. */
export const CameraTurnedOff: Story = {
  ...simulated({}, '560px'),
  play: sequence(
    expectStatus('ready'),
    play(async context => {
      const toggle = inner(context, 'media-toggle[for=camera]') as MediaToggle;
      if (!toggle.pressed) toggle.toggle();
    }),
    eventually(context => expect(inner(context, '[part=camera-state]')?.textContent?.trim(), 'over the preview').toBe('Your camera is off')),
  ),
};

/** In a right-to-left page (`dir="rtl"`): the preview at the right, the meter to the left of its microphone. */
export const RightToLeft: Story = {
  ...simulated({}, '560px'),
  render: args => html`<div dir="rtl">${meta.render(args)}</div>`,
  play: expectStatus('ready'),
};

/** A tablet's width: the preview beside the sound checks. */
export const Tablet: Story = {
  ...simulated({}, '560px'),
  render: () => html`<device-check style="inline-size: 40rem"><button slot="footer" type="button">Join the call</button></device-check>`,
  play: expectStatus('ready'),
};

/** Narrow (a phone): the checks stack in one column, in the same order as on a desktop. */
export const Phone: Story = {
  ...simulated({}, '720px'),
  render: () => html`<device-check style="inline-size: 22rem"></device-check>`,
  play: expectStatus('ready'),
};

const background = room();

/**
 * With `background-image`: the person chooses the camera's background (as it is, blurred, or the image). Here the
 * image is chosen: the preview shows the camera behind it, and `result.effect` carries the choice for the call's
 * `<camera-preview>`.
 */
export const BackgroundChosen: Story = {
  ...simulated({}, '560px'),
  render: () => html`<device-check video background-image=${background} style="max-inline-size: 56rem"></device-check>`,
  play: sequence(
    expectStatus('ready'),
    play(async context => {
      const select = inner(context, '[part=effect-select]') as HTMLSelectElement;
      select.value = 'background';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }),
    eventually(context => {
      const preview = inner(context, 'camera-preview') as CameraPreview;
      expect(preview.getAttribute('effect-state'), '<camera-preview> effect-state').toBe('on');
      expect(storyElement<DeviceCheck>(context).result.effect, 'result.effect').toEqual({ effect: 'background', backgroundImage: background });
    }, [], EFFECT_ON_TIMEOUT),
  ),
};

/** The check on a page in the dark scheme: surfaces, text, accent and meter in their dark values. */
export const InTheDark: Story = { ...Ready, ...inTheDark };
