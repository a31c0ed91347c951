import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/screen-preview/define.js';
import type { DisplaySurface } from '../components/screen-preview/define.js';
import { Attr, CaptureState, DeniedBy, ErrorKind, TagName } from '../components/core/constants.js';
import { captureArgTypes, type CaptureReadOnlyArgs } from './support/capture-args.js';
import { simulated, simulator } from './support/simulated-media.js';
import { expectError, expectPicture, expectState, sequence } from './support/expectations.js';
import { started, whenLive } from './support/states.js';
import { inTheDark } from './support/theme.js';

/** `device-id` and `manual` don't apply to the screen: a capture always waits for a gesture. */
interface ScreenArgs {
  [Attr.Muted]: boolean;
  [Attr.Surface]: DisplaySurface | '';
  [Attr.Audio]: boolean;
}

const screen = (args: ScreenArgs, content?: TemplateResult) => html`
  <screen-preview surface=${ifDefined(args[Attr.Surface] || undefined)} ?audio=${args[Attr.Audio]} ?muted=${args[Attr.Muted]}>
    ${content}
  </screen-preview>
`;

const meta = {
  title: 'Elements/screen-preview',
  component: TagName.ScreenPreview,
  tags: ['autodocs'],
  render: args => screen(args),
  decorators: [story => html`<div style="max-inline-size: 480px">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'Browsers share the screen only from a user gesture, so the element waits with a start button. With simulated devices (the toolbar\'s Media menu) a stand-in screen is shared without a picker; with real devices the button opens the browser\'s picker.',
      },
    },
  },
  args: { [Attr.Muted]: false, [Attr.Surface]: '', [Attr.Audio]: false },
  argTypes: {
    [Attr.Muted]: captureArgTypes[Attr.Muted],
    [Attr.State]: captureArgTypes[Attr.State],
    [Attr.Error]: captureArgTypes[Attr.Error],
    [Attr.Interrupted]: captureArgTypes[Attr.Interrupted],
    [Attr.Surface]: { control: 'inline-radio', options: ['', 'monitor', 'window', 'browser'], description: "What the browser's picker offers first." },
    [Attr.Audio]: { control: 'boolean', description: 'Also ask for the audio of what is shared.' },
  },
} satisfies Meta<ScreenArgs & CaptureReadOnlyArgs>;

export default meta;
type Story = StoryObj<ScreenArgs>;

/** The start button: a click shares the stand-in screen (the browser's picker with real devices). */
export const Idle: Story = { play: expectState(CaptureState.Idle) };

export const Requesting: Story = { ...simulated({ outcome: 'no-answer' }), play: sequence(started, expectState(CaptureState.Requesting)) };

export const Live: Story = { play: sequence(started, expectPicture()) };

export const Muted: Story = { args: { [Attr.Muted]: true }, play: sequence(started, expectState(CaptureState.Live, { attribute: Attr.Muted })) };

export const Interrupted: Story = {
  play: sequence(whenLive(() => simulator()?.interrupt(), { start: true }), expectState(CaptureState.Live, { attribute: Attr.Interrupted })),
};

export const Stopped: Story = { play: sequence(whenLive(el => el.stop(), { start: true }), expectState(CaptureState.Stopped)) };

/** The user pressed the browser's "Stop sharing" after two seconds. */
export const Ended: Story = { ...simulated({ unplugAfter: 2000 }), play: sequence(started, expectState(CaptureState.Ended)) };

/** The user closed the picker, or the browser refused. */
export const ErrorDenied: Story = { ...simulated({ outcome: 'denied' }), play: sequence(started, expectError(ErrorKind.Denied)) };

/** The OS blocks the browser from recording the screen (macOS: Screen & System Audio Recording). */
export const ErrorDeniedBySystem: Story = {
  ...simulated({ outcome: 'denied-by-system' }),
  play: sequence(started, expectError(ErrorKind.Denied, DeniedBy.System)),
};

export const ErrorNotFound: Story = { ...simulated({ outcome: 'not-found' }), play: sequence(started, expectError(ErrorKind.NotFound)) };

export const ErrorInUse: Story = { ...simulated({ outcome: 'in-use' }), play: sequence(started, expectError(ErrorKind.InUse)) };

export const ErrorInsecure: Story = { ...simulated({ outcome: 'insecure' }), play: sequence(started, expectError(ErrorKind.Insecure)) };

/** A browser without getDisplayMedia (mobile): the element says so at once, without a button. */
export const ErrorUnsupported: Story = { ...simulated({ outcome: 'unsupported' }), play: expectError(ErrorKind.Unsupported) };

export const ErrorUnknown: Story = { ...simulated({ outcome: 'unknown' }), play: sequence(started, expectError(ErrorKind.Unknown)) };

export const CustomSlots: Story = {
  ...simulated({ unplugAfter: 2000 }),
  render: args =>
    screen(
      args,
      html`
        <button slot="start" type="button">Present your screen</button>
        <span slot="requesting">Pick a window in the browser's dialog…</span>
        <span slot="ended">You stopped presenting.</span>
      `,
    ),
};

export const Theming: Story = {
  play: started,
  render: args => html`
    <style>
      .themed screen-preview {
        --screen-preview-aspect-ratio: 4 / 3;
        --screen-preview-object-fit: cover;
        --screen-preview-background: #0b1d2a;
        --screen-preview-color: #9fe1ff;
        --screen-preview-button-border: 2px solid #9fe1ff;
        border: 6px solid #0b1d2a;
        border-radius: 12px;
      }
      .themed screen-preview[state='live'] {
        outline: 3px solid #e03131; /* "you are sharing" */
      }
    </style>
    <div class="themed">${screen(args)}</div>
  `,
};

/** The start button on a page in the dark scheme. */
export const InTheDark: Story = { ...Idle, ...inTheDark };
