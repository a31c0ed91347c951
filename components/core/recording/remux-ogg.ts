/** The Ogg repair (Firefox's audio): rewrites the pages, so that a file cut short (a crash) ends cleanly. */
import { OGG, OggOutputFormat } from 'mediabunny';
import { remux, type Remuxed } from './remux.js';

export const remuxOgg = (blob: Blob): Promise<Remuxed> => remux(blob, [OGG], () => new OggOutputFormat());
