import { expect } from 'storybook/test';
import { CaptureState, ErrorKind } from '../../components/core/constants.js';
import { assertState, eventually, storyElement, type Play } from './expectations.js';

/** The browser's own control (simulated in the stories) in a capture element's shadow root, if shown. */
export const browserControlIn = (element: Element | null | undefined): HTMLElement | null =>
  element?.shadowRoot?.querySelector<HTMLElement>('[part~=browser-control]') ?? null;

/** A play function: the story's element is blocked (`error="denied"`) and shows the browser's way back. */
export const expectWayBack = (): Play =>
  eventually(
    context => {
      const element = storyElement(context);
      assertState(element, CaptureState.Error, { error: ErrorKind.Denied });
      expect(browserControlIn(element), 'the browser’s own control (part browser-control)').not.toBeNull();
    },
    [CaptureState.Error, `${CaptureState.Error}-${ErrorKind.Denied}`],
  );
