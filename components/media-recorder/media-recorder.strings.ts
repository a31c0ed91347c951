/** The texts of `<media-recorder>` in English: its buttons, the names of its group and timer, the file name. */
export const mediaRecorderStrings = {
  'controls-label': 'Recorder',
  record: 'Record',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  'timer-label': 'Recorded time',
  download: 'Download',
  /** `download()` saves `<file-name>-<date>.<ext>`. */
  'file-name': 'recording',
};

export type MediaRecorderStrings = typeof mediaRecorderStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'media-recorder': MediaRecorderStrings;
  }
}
