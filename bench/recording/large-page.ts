/**
 * The page of bench/recording/repair-memory.mjs: makes a long recording the way Chromium writes one with a
 * timeslice (WebM, no duration, no Cues) out of 2 s of a real 720p recording repeated, each video frame padded to
 * 2.5 Mbit/s (what a camera's 720p costs; a canvas encodes smaller, and the repair copies bytes without decoding
 * them), then repairs it with the kit's repair, and reports sizes and times. Memory is read from outside.
 */
import { BlobSource, EncodedAudioPacketSource, EncodedPacketSink, EncodedVideoPacketSource, Input, Output, StreamTarget, WEBM, WebMOutputFormat, type EncodedPacket, type InputVideoTrack } from 'mediabunny';
import { BlobFile } from '../../components/core/recording/blob-file.js';
import { repairRecording } from '../../components/core/recording/repair.js';

declare global {
  interface Window {
    makeLarge(minutes: number): Promise<{ bytes: number; ms: number }>;
    repairLarge(): Promise<{ bytes: number; duration: number; ms: number; playerDuration: number }>;
  }
}

let large: Blob | undefined;

/** The video's bytes per second: 720p from a camera. */
const VIDEO_BYTES_PER_SECOND = 2_500_000 / 8;

/** The frame with zeros after it, up to `size`: a decoder ignores them, a demuxer and muxer carry them. */
function pad(packet: EncodedPacket, size: number): EncodedPacket {
  if (packet.data.byteLength >= size) return packet;
  const data = new Uint8Array(size);
  data.set(packet.data);
  return packet.clone({ data });
}

/** 2 s of a 1280x720 canvas (moving noise: a realistic bitrate) and a tone, recorded with a timeslice. */
async function sample(): Promise<Blob> {
  const canvas = Object.assign(document.createElement('canvas'), { width: 1280, height: 720 });
  const context = canvas.getContext('2d')!;
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const destination = audio.createMediaStreamDestination();
  tone.connect(destination);
  tone.start();
  const stream = new MediaStream([...canvas.captureStream(30).getTracks(), ...destination.stream.getTracks()]);
  const paint = setInterval(() => {
    for (let i = 0; i < 200; i++) {
      context.fillStyle = `hsl(${Math.random() * 360} 70% 50%)`;
      context.fillRect(Math.random() * 1280, Math.random() * 720, 80, 80);
    }
  }, 33);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8,opus', videoBitsPerSecond: 2_500_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = event => chunks.push(event.data);
  const stopped = new Promise(resolve => (recorder.onstop = resolve));
  recorder.start(1000);
  await new Promise(resolve => setTimeout(resolve, 2000));
  recorder.stop();
  await stopped;
  clearInterval(paint);
  stream.getTracks().forEach(track => track.stop());
  await audio.close();
  return new Blob(chunks, { type: 'video/webm' });
}

window.makeLarge = async minutes => {
  const start = performance.now();
  const recorded = await sample();
  const input = new Input({ source: new BlobSource(recorded), formats: [WEBM] });
  if (!(await input.canRead())) throw new Error(`the 2 s sample can't be read: ${recorded.size} bytes`);
  const file = new BlobFile();
  const output = new Output({ format: new WebMOutputFormat({ appendOnly: true }), target: new StreamTarget(file.writable, { chunked: true, chunkSize: 2 ** 20 }) });
  const tracks = await input.getTracks();
  const lanes = await Promise.all(
    tracks.map(async track => {
      const packets: EncodedPacket[] = [];
      for await (const packet of new EncodedPacketSink(track).packets()) packets.push(packet);
      const video = track.isVideoTrack();
      const source = video ? new EncodedVideoPacketSource('vp8') : new EncodedAudioPacketSource('opus');
      if (video) output.addVideoTrack(source as EncodedVideoPacketSource);
      else output.addAudioTrack(source as EncodedAudioPacketSource);
      return { video, source, packets, config: await (track as InputVideoTrack).getDecoderConfig() };
    }),
  );
  await output.start();
  // A gap between repeats: Opus starts before 0 (its pre-skip), which would overlap the repeat before.
  const span = Math.max(...lanes.map(lane => lane.packets.at(-1)!.timestamp + lane.packets.at(-1)!.duration)) + 0.05;
  // Headless Chromium captures a canvas at a few frames a second: its frames carry a camera's bytes.
  for (const lane of lanes.filter(lane => lane.video)) lane.packets = lane.packets.map(packet => pad(packet, Math.round((VIDEO_BYTES_PER_SECOND * span) / lane.packets.length)));
  for (let offset = 0, first = true; offset < minutes * 60; offset += span, first = false) {
    // One repeat at a time, its packets in time order across the tracks.
    const batch = lanes.flatMap(lane => lane.packets.map(packet => ({ lane, packet })));
    batch.sort((a, b) => a.packet.timestamp - b.packet.timestamp);
    for (const { lane, packet } of batch) {
      const meta = first && packet === lane.packets[0] ? { decoderConfig: lane.config as never } : undefined;
      await lane.source.add(packet.clone({ timestamp: packet.timestamp + offset }), meta);
    }
  }
  await output.finalize();
  input.dispose();
  large = file.blob('video/webm;codecs=vp8,opus');
  return { bytes: large.size, ms: performance.now() - start };
};

/** Packets and their bytes, per track type. */
async function packetBytes(blob: Blob) {
  const input = new Input({ source: new BlobSource(blob), formats: [WEBM] });
  const result: Record<string, number[]> = {};
  for (const track of await input.getTracks()) {
    let packets = 0;
    let bytes = 0;
    for await (const packet of new EncodedPacketSink(track).packets(undefined, undefined, { metadataOnly: true })) {
      packets++;
      bytes += packet.byteLength;
    }
    result[track.type] = [packets, bytes];
  }
  return result;
}

window.repairLarge = async () => {
  const start = performance.now();
  const repaired = await repairRecording(large!);
  const ms = performance.now() - start;
  const video = document.createElement('video');
  video.src = URL.createObjectURL(repaired.blob);
  await new Promise(resolve => (video.onloadedmetadata = resolve));
  return { bytes: repaired.blob.size, duration: repaired.duration, ms, playerDuration: video.duration, packets: [await packetBytes(large!), await packetBytes(repaired.blob)] };
};
