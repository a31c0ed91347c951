/**
 * The MP4 repair (Safari, WebKit; Chromium where it records MP4): a fragmented file becomes one with a complete
 * sample table. `fastStart: false` writes the index at the end, so the muxer holds no copy of the media.
 */
import { MP4, Mp4OutputFormat } from 'mediabunny';
import { remux, type Remuxed } from './remux.js';

export const remuxMp4 = (blob: Blob): Promise<Remuxed> => remux(blob, [MP4], () => new Mp4OutputFormat({ fastStart: false }));
