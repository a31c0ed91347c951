import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../components/mic-meter/define.js';
import type { MeterOrientation, MeterRenderer, MicMeter } from '../components/mic-meter/define.js';
import { Attr, CaptureState, DeniedBy, ErrorKind, TagName } from '../components/core/constants.js';
import { captureArgs, captureArgTypes, readOnly, type CaptureArgs, type CaptureReadOnlyArgs } from './support/capture-args.js';
import { simulated, simulator } from './support/simulated-media.js';
import { assertState, eventually, expectError, expectHealth, expectState, sequence, storyElement } from './support/expectations.js';
import { whenLive } from './support/states.js';
import { expectWayBack } from './support/browser-control.js';
import { inTheDark } from './support/theme.js';

interface MeterArgs extends CaptureArgs {
  [Attr.Orientation]: MeterOrientation;
  [Attr.Segments]: number;
  [Attr.MinDb]: number;
  [Attr.MaxDb]: number;
  [Attr.SpeakingThreshold]: number;
  [Attr.Renderer]: MeterRenderer;
}

interface MeterReadOnlyArgs extends CaptureReadOnlyArgs {
  [Attr.Speaking]?: boolean;
  [Attr.Clipping]?: boolean;
  [Attr.Suspended]?: boolean;
}

const meter = (args: MeterArgs, className?: string) => html`
  <mic-meter
    class=${ifDefined(className)}
    device-id=${ifDefined(args[Attr.DeviceId] || undefined)}
    orientation=${args[Attr.Orientation]}
    segments=${args[Attr.Segments]}
    min-db=${args[Attr.MinDb]}
    max-db=${args[Attr.MaxDb]}
    speaking-threshold=${args[Attr.SpeakingThreshold]}
    renderer=${args[Attr.Renderer]}
    ?muted=${args[Attr.Muted]}
    ?manual=${args[Attr.Manual]}
    browser-control=${args[Attr.BrowserControl]}
  ></mic-meter>
`;

const meta = {
  title: 'Elements/mic-meter',
  component: TagName.MicMeter,
  tags: ['autodocs'],
  render: args => meter(args),
  parameters: {
    docs: {
      description: {
        component:
          'Still bar? Until the page gets a click or key press the browser may hold audio back: the meter then has the `suspended` attribute. Click the canvas once.',
      },
    },
  },
  args: {
    ...captureArgs,
    [Attr.Orientation]: 'horizontal',
    [Attr.Segments]: 0,
    [Attr.MinDb]: -60,
    [Attr.MaxDb]: 0,
    [Attr.SpeakingThreshold]: -50,
    [Attr.Renderer]: 'auto',
  },
  argTypes: {
    ...captureArgTypes,
    [Attr.Orientation]: { control: 'inline-radio', options: ['horizontal', 'vertical'], description: 'Which way the bar grows.' },
    [Attr.Segments]: { control: { type: 'number', min: 0, max: 40 }, description: 'Number of segments; 0 draws a continuous bar.' },
    [Attr.MinDb]: { control: { type: 'range', min: -100, max: -10 }, description: 'The level at the empty end, in dBFS.' },
    [Attr.MaxDb]: { control: { type: 'range', min: -40, max: 0 }, description: 'The level at the full end, in dBFS.' },
    [Attr.SpeakingThreshold]: { control: { type: 'range', min: -100, max: 0 }, description: '`speaking` turns on at this level, in dBFS.' },
    [Attr.Renderer]: {
      control: 'inline-radio',
      options: ['auto', 'dom'],
      description: '`auto`: a worker draws the bar on a canvas once live, where it can; `dom`: the page moves its own bar.',
    },
    [Attr.Speaking]: readOnly('The level is above `speaking-threshold` (with hysteresis).'),
    [Attr.Clipping]: readOnly('A sample reached full scale in the last second.'),
    [Attr.Suspended]: readOnly('The AudioContext waits for a user gesture.'),
  },
} satisfies Meta<MeterArgs & MeterReadOnlyArgs>;

export default meta;
type Story = StoryObj<MeterArgs>;

/** Live, and the bar moves: the meter reads a level. */
export const Live: Story = {
  play: eventually(context => {
    const meter = storyElement<MicMeter>(context);
    assertState(meter, CaptureState.Live);
    expect(meter.peak, 'the peak level (0..1)').toBeGreaterThan(0);
  }, [CaptureState.Live]),
};

export const Vertical: Story = { args: { [Attr.Orientation]: 'vertical' } };

/** The page's own bar, moved with transforms on every reading (`renderer="dom"`). */
export const DomBar: Story = { args: { [Attr.Renderer]: 'dom' } };

export const Segmented: Story = { args: { [Attr.Segments]: 12 } };

export const CustomScale: Story = { args: { [Attr.MinDb]: -40, [Attr.MaxDb]: -10 } };

const theme = html`
  <style>
    .themed {
      --mic-meter-fill: linear-gradient(to right, #2e9d4f, #f5c400 70%, #d93025);
      --mic-meter-speaking-fill: linear-gradient(to right, #1a73e8, #a142f4);
      --mic-meter-clipping-fill: #d93025;
      --mic-meter-track-color: #20232a;
      --mic-meter-peak-color: #fff;
      --mic-meter-peak-size: 3px;
      --mic-meter-segment-gap: 3px;
      --mic-meter-radius: 4px;
      inline-size: 16em;
      block-size: 1em;
    }
    .themed::part(track) {
      outline: 1px solid #444;
    }
    .themed::part(fill) {
      opacity: 0.9;
    }
    .themed::part(peak) {
      box-shadow: 0 0 4px #fff;
    }
    /* Page CSS alone can follow the level: the element sets --mic-meter-level (0..1) on itself. */
    .halo {
      inline-size: 3em;
      block-size: 3em;
      border-radius: 50%;
      background: #2e9d4f;
      box-shadow: 0 0 0 calc(var(--mic-meter-level, 0) * 1.5em) rgb(46 157 79 / 0.35);
    }
    .halo::part(track) {
      background: none;
    }
    .halo::part(fill),
    .halo::part(peak) {
      display: none;
    }
  </style>
`;

export const Theming: Story = {
  args: { [Attr.Segments]: 16 },
  render: args => html`
    ${theme}
    <div style="display: flex; align-items: center; gap: 3em; padding: 1.5em">
      ${meter(args, 'themed')} ${meter({ ...args, [Attr.Segments]: 0 }, 'halo')}
    </div>
  `,
};

const start = (event: Event) => {
  const meter = (event.currentTarget as Element).parentElement?.querySelector<MicMeter>(TagName.MicMeter);
  meter?.start().catch(() => {}); // A failure shows as state="error".
};

/** `manual`: nothing asked until `start()`, here from a button. */
export const Idle: Story = {
  args: { [Attr.Manual]: true },
  render: args => html`<div><button type="button" @click=${start}>Start microphone</button> ${meter(args)}</div>`,
  play: expectState(CaptureState.Idle),
};

/** A steady tone at -20 dBFS peak instead of speech: the bar holds still. */
export const SteadyTone: Story = {
  ...simulated({ microphones: [{ level: 0.1, speech: false }] }, '120px'),
  // A -20 dBFS peak sine is -23 dBFS RMS: the meter reads about that, and never clips.
  play: eventually(context => {
    const meter = storyElement<MicMeter>(context);
    assertState(meter, CaptureState.Live);
    expect(meter.db, 'the level in dBFS').toBeGreaterThan(-25);
    expect(meter.db, 'the level in dBFS').toBeLessThan(-21);
    expect(meter.clipping, 'clipping').toBe(false);
  }),
};

/** A loud voice: `clipping` while it peaks at full scale. */
export const Clipping: Story = {
  ...simulated({ microphones: [{ level: 1 }] }, '120px'),
  play: eventually(context => expect(storyElement<MicMeter>(context).clipping, 'clipping').toBe(true)),
};

export const Requesting: Story = { ...simulated({ outcome: 'no-answer' }, '120px'), play: expectState(CaptureState.Requesting) };

/** `muted`: the microphone stays open, the level drops to silence. */
export const Muted: Story = { args: { [Attr.Muted]: true }, play: expectState(CaptureState.Live, { attribute: Attr.Muted }) };

export const Interrupted: Story = {
  play: sequence(whenLive(() => simulator()?.interrupt()), expectState(CaptureState.Live, { attribute: Attr.Interrupted })),
};

export const Stopped: Story = { play: sequence(whenLive(el => el.stop()), expectState(CaptureState.Stopped)) };

/** The microphone was unplugged after two seconds. */
export const Ended: Story = { ...simulated({ unplugAfter: 2000 }, '120px'), play: expectState(CaptureState.Ended) };

export const ErrorDenied: Story = { ...simulated({ outcome: 'denied' }, '120px'), play: expectError(ErrorKind.Denied, DeniedBy.User) };

/** Blocked, and the browser's own microphone control in the bar's place (`<microphone>`, Chromium; simulated here). */
export const BlockedWithTheBrowsersWayBack: Story = {
  name: 'Blocked, with the browser’s way back',
  ...simulated({ outcome: 'denied', browserControl: true }, '120px'),
  play: expectWayBack(),
};

/**
 * Live, but the page's audio waits for a click (Firefox and Safari before the first one; simulated here): the
 * hint takes the bar's place until the first click anywhere.
 */
export const Suspended: Story = {
  ...simulated({ audioNeedsGesture: true }, '120px'),
  play: eventually(context => {
    const meter = storyElement<MicMeter>(context);
    assertState(meter, CaptureState.Live, { attribute: Attr.Suspended });
    const hint = meter.shadowRoot!.querySelector('[part=hint]')!;
    expect(getComputedStyle(hint).display, 'the hint is shown').not.toBe('none');
  }),
};

export const ErrorDeniedBySystem: Story = { ...simulated({ outcome: 'denied-by-system' }, '120px'), play: expectError(ErrorKind.Denied, DeniedBy.System) };

export const ErrorDeniedByPolicy: Story = { ...simulated({ outcome: 'denied-by-policy' }, '120px'), play: expectError(ErrorKind.Denied, DeniedBy.Policy) };

/** A microphone muted in the OS: digital silence while every API says all is well; `silent` after about 3 s. */
export const Silent: Story = { ...simulated({ microphones: [{ osMuted: true }] }, '120px'), play: expectHealth('silent') };

/**
 * `muted`, and the person talks: the bar shows what is sent (nothing) while `speaking` follows the voice, so
 * `mic-meter[muted][speaking]` shows the page's "you are muted" hint, with CSS alone.
 */
export const MutedSpeaking: Story = {
  args: { [Attr.Muted]: true },
  render: args => html`
    <style>
      .muted-hint {
        display: none;
      }
      mic-meter[muted][speaking] + .muted-hint {
        display: block;
      }
    </style>
    ${meter(args)}
    <p class="muted-hint" role="status">You are muted: unmute to be heard.</p>
  `,
  play: eventually(context => {
    const meter = storyElement<MicMeter>(context);
    assertState(meter, CaptureState.Live, { attribute: Attr.Muted });
    expect(meter.matches('[muted][speaking]'), 'mic-meter[muted][speaking]').toBe(true);
    expect(meter.level, 'the bar shows what is sent').toBe(0);
  }),
};

export const ErrorNotFound: Story = { ...simulated({ microphones: [] }, '120px'), play: expectError(ErrorKind.NotFound) };

export const ErrorInUse: Story = { ...simulated({ outcome: 'in-use' }, '120px'), play: expectError(ErrorKind.InUse) };

export const ErrorOverconstrained: Story = { args: { [Attr.DeviceId]: 'unplugged-microphone' }, play: expectError(ErrorKind.Overconstrained) };

export const ErrorInsecure: Story = { ...simulated({ outcome: 'insecure' }, '120px'), play: expectError(ErrorKind.Insecure) };

export const ErrorUnsupported: Story = { ...simulated({ outcome: 'unsupported' }, '120px'), play: expectError(ErrorKind.Unsupported) };

export const ErrorUnknown: Story = { ...simulated({ outcome: 'unknown' }, '120px'), play: expectError(ErrorKind.Unknown) };

/** The meter on a page in the dark scheme. */
export const InTheDark: Story = { ...Live, ...inTheDark };
