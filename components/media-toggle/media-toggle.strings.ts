/** The texts of `<media-toggle>` in English: the button's label when nothing is slotted. */
export const mediaToggleStrings = {
  label: 'Mute',
};

export type MediaToggleStrings = typeof mediaToggleStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'media-toggle': MediaToggleStrings;
  }
}
