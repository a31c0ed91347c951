/**
 * Rewrites a recording into a file of the same container with its duration and a seek index, copying the encoded
 * packets (no decoding): mediabunny reads the Blob in parts and writes through a StreamTarget into Blob parts, so
 * no second copy of the whole recording is held in the page's memory.
 */
import {
  BlobSource,
  EncodedAudioPacketSource,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  Input,
  Output,
  StreamTarget,
  type EncodedPacket,
  type InputFormat,
  type InputTrack,
  type OutputFormat,
} from 'mediabunny';
import { BlobFile } from './blob-file.js';

export interface Remuxed {
  blob: Blob;
  /** Seconds, from the first packet to the end of the last. */
  duration: number;
  /** Part of the input could not be read: `blob` holds what came before it. */
  damaged: boolean;
}

/** Output parts of 1 MiB: few Blobs, and at most two of them in memory while the muxer fills them. */
const CHUNK_SIZE = 2 ** 20;

interface Lane {
  /** Hands a packet to the output track (the first with the decoder's configuration). */
  add: (packet: EncodedPacket) => Promise<void>;
  packets: AsyncIterator<EncodedPacket>;
  next: EncodedPacket | undefined;
  /** The latest timestamp written. */
  latest: number;
  /** Dropping a group of packets that goes back in time (a fragment written twice). */
  skipping: boolean;
}

/**
 * Remuxes `blob` (of one of `formats`) into the container `outputFor` gives for the format found. Throws when not
 * one packet can be read.
 */
export async function remux(blob: Blob, formats: InputFormat[], outputFor: (format: InputFormat) => OutputFormat): Promise<Remuxed> {
  const input = new Input({ source: new BlobSource(blob), formats });
  const file = new BlobFile();
  let output: Output | undefined;
  let format: InputFormat | undefined;
  let damaged = false;
  let start = Infinity;
  let end = 0;
  try {
    format = await input.getFormat();
    output = new Output({ format: outputFor(format), target: new StreamTarget(file.writable, { chunked: true, chunkSize: CHUNK_SIZE }) });
    const lanes: Lane[] = [];
    for (const track of await input.getTracks()) {
      const lane = await laneFor(track, output);
      if (lane) lanes.push(lane);
    }
    if (lanes.length === 0) throw new DOMException('The recording holds no track that can be read.', 'EncodingError');
    await output.start();
    const advance = async (lane: Lane) => {
      try {
        lane.next = (await lane.packets.next()).value ?? undefined;
      } catch {
        lane.next = undefined;
        damaged = true;
      }
    };
    await Promise.all(lanes.map(advance));
    // The packets of every track in time order, so that the muxer interleaves them without holding any back.
    for (;;) {
      const lane = earliest(lanes);
      if (!lane) break;
      const packet = lane.next!;
      if (packet.type === 'key') lane.skipping = packet.timestamp <= lane.latest;
      if (!lane.skipping) {
        await lane.add(packet);
        lane.latest = Math.max(lane.latest, packet.timestamp);
        start = Math.min(start, packet.timestamp);
        end = Math.max(end, packet.timestamp + packet.duration);
      }
      await advance(lane);
    }
    if (start === Infinity) throw new DOMException('Not one frame of the recording can be read.', 'EncodingError');
    await output.finalize();
  } catch (error) {
    await output?.cancel().catch(() => {});
    throw error;
  } finally {
    input.dispose();
  }
  // A recording whose type was lost (its meta data not yet stored when the page went away) gets the container's.
  return { blob: file.blob(blob.type || format!.mimeType), duration: end - Math.min(start, 0), damaged };
}

async function laneFor(track: InputTrack, output: Output): Promise<Lane | undefined> {
  let add: Lane['add'];
  if (track.isVideoTrack()) {
    const codec = await track.getCodec();
    if (!codec) return undefined; // a codec mediabunny doesn't know: that track is left out
    const source = new EncodedVideoPacketSource(codec);
    output.addVideoTrack(source, { rotation: await track.getRotation() });
    let meta: EncodedVideoChunkMetadata | undefined = { decoderConfig: (await track.getDecoderConfig()) ?? undefined };
    add = packet => source.add(packet, meta).finally(() => (meta = undefined));
  } else if (track.isAudioTrack()) {
    const codec = await track.getCodec();
    if (!codec) return undefined;
    const source = new EncodedAudioPacketSource(codec);
    output.addAudioTrack(source);
    let meta: EncodedAudioChunkMetadata | undefined = { decoderConfig: (await track.getDecoderConfig()) ?? undefined };
    add = packet => source.add(packet, meta).finally(() => (meta = undefined));
  } else {
    return undefined;
  }
  const packets = new EncodedPacketSink(track).packets()[Symbol.asyncIterator]();
  return { add, packets, next: undefined, latest: -Infinity, skipping: false };
}

function earliest(lanes: Lane[]): Lane | undefined {
  let best: Lane | undefined;
  for (const lane of lanes) if (lane.next && (!best || lane.next.timestamp < best.next!.timestamp)) best = lane;
  return best;
}
