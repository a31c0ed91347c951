/** The WebM (and Matroska) repair: its own lazy chunk, so that a recording of another container doesn't load it. */
import { MATROSKA, MkvOutputFormat, WEBM, WebMOutputFormat } from 'mediabunny';
import { remux, type Remuxed } from './remux.js';

export const remuxMatroska = (blob: Blob): Promise<Remuxed> =>
  remux(blob, [WEBM, MATROSKA], format => (format === WEBM ? new WebMOutputFormat() : new MkvOutputFormat()));
