import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/screen-preview/define.js';
import type { DisplaySurface, ScreenPreview } from '../components/screen-preview/define.js';
import { Attr, ErrorKind, TagName } from '../components/core/constants.js';
import { captureArgTypes, type CaptureReadOnlyArgs } from './support/capture-args.js';
import { endsAfter, neverAnswers, rejectWith, scriptedDisplay, standInScreen } from './support/scripted-media.js';

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

/** Clicks nothing: the story starts the capture itself, which a scripted getDisplayMedia allows without a gesture. */
const started = {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await canvasElement.querySelector<ScreenPreview>(TagName.ScreenPreview)!.start().catch(() => {}); // shown as state="error"
  },
};

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
          'Browsers share the screen only from a user gesture, so the element waits with a start button. The Live and Ended stories show a stand-in canvas instead of the browser picker; Idle opens the real picker.',
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

/** The start button: a click opens the browser's real picker. */
export const Idle: Story = {};

export const Requesting: Story = { ...scriptedDisplay(neverAnswers), ...started };

export const Live: Story = { ...scriptedDisplay(standInScreen), ...started };

export const Muted: Story = { ...scriptedDisplay(standInScreen), ...started, args: { [Attr.Muted]: true } };

/** The user pressed the browser's "Stop sharing" after two seconds. */
export const Ended: Story = { ...scriptedDisplay(endsAfter(2000, standInScreen)), ...started };

/** The user closed the picker, or the browser refused. */
export const ErrorDenied: Story = { ...scriptedDisplay(rejectWith(ErrorKind.Denied)), ...started };

export const ErrorInUse: Story = { ...scriptedDisplay(rejectWith(ErrorKind.InUse)), ...started };

/** A browser without getDisplayMedia (mobile): the element says so at once, without a button. */
export const ErrorUnsupported: Story = { ...scriptedDisplay() };

export const CustomSlots: Story = {
  ...scriptedDisplay(endsAfter(2000, standInScreen)),
  render: args =>
    screen(
      args,
      html`
        <button slot="start">Present your screen</button>
        <span slot="requesting">Pick a window in the browser's dialog…</span>
        <span slot="ended">You stopped presenting.</span>
      `,
    ),
};

export const Theming: Story = {
  ...scriptedDisplay(standInScreen),
  ...started,
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
