import { leaseAudioContext, type AudioContextLease } from './audio-context.js';

/**
 * Hears one reading of a source READINGS_PER_S times a second: the RMS and the absolute peak (both linear, 0..1) of
 * every sample since the previous reading, so that no click between two readings is missed.
 */
export type LevelListener = (rms: number, peak: number, now: number) => void;

export interface LevelMeter {
  /** Pauses (false) or resumes (true) the readings, e.g. while the meter is off-screen. */
  setActive(active: boolean): void;
  /** Unsubscribes; the source leaves the audio graph with its last subscriber, and the AudioContext lease is given back. */
  dispose(): void;
}

/**
 * How often a source is read; the level math runs on the audio thread, the page hears one batch per reading. Each
 * reading that moves a bar costs a style, pre-paint and commit pass for the page: at 20 a second, 32 meters measured
 * above LiveKit's method on a loaded machine, at 10 well below it; 15 keeps about three updates per syllable.
 */
export const READINGS_PER_S = 15;

// The audio thread sums every sample of every source, and one of the processors posts all sources' readings in one
// message: one main-thread task per reading for any number of meters. Processors of one context share this scope.
// An input with no channels is silence (an idle upstream), still counted; a paused processor counts nothing.
const PROCESSOR = `const sums=new Map;let next=0;registerProcessor('lme-levels',class extends AudioWorkletProcessor{
constructor(o){super();this.id=o.processorOptions.id;this.state=0;this.port.onmessage=e=>{this.state=e.data;sums.delete(this.id)}}
process([input]){if(this.state==1){const s=input[0];let e=sums.get(this.id);if(!e)sums.set(this.id,e=[0,0,0]);
if(s)for(let i=0;i<s.length;i++){const v=s[i];e[0]+=v*v;const m=v<0?-v:v;if(m>e[2])e[2]=m}e[1]+=128}
if(currentFrame>=next&&sums.size){next=currentFrame+sampleRate/${READINGS_PER_S};const out=[];
for(const[id,e]of sums)out.push(id,Math.sqrt(e[0]/e[1]),e[2]);sums.clear();this.port.postMessage(out)}
return this.state>=0}})`;

interface Subscriber {
  listener: LevelListener;
  active: boolean;
}

/** One audio source (a track), metered once for all its subscribers. */
interface Source {
  readonly id: number;
  readonly lease: AudioContextLease;
  readonly input: MediaStreamAudioSourceNode;
  node?: AudioWorkletNode;
  readonly subscribers: Set<Subscriber>;
  connected: boolean;
}

const sources = new Map<MediaStreamTrack, Source>();
const byId = new Map<number, Source>();
const modules = new WeakMap<BaseAudioContext, Promise<void>>();
let nextId = 1;

function moduleFor(context: BaseAudioContext): Promise<void> {
  let loaded = modules.get(context);
  if (!loaded) {
    const url = URL.createObjectURL(new Blob([PROCESSOR], { type: 'text/javascript' }));
    loaded = context.audioWorklet.addModule(url).finally(() => URL.revokeObjectURL(url));
    modules.set(context, loaded);
  }
  return loaded;
}

// One message carries every source's reading: the subscribers hear them all in that one task, so every meter's DOM
// write lands in the same frame.
function onReadings({ data }: MessageEvent<number[]>): void {
  const now = performance.now();
  for (let i = 0; i < data.length; i += 3) {
    const source = byId.get(data[i]!);
    if (!source) continue;
    for (const subscriber of source.subscribers) if (subscriber.active) subscriber.listener(data[i + 1]!, data[i + 2]!, now);
  }
}

// While the page is hidden no source is connected, so the audio thread posts nothing.
const visible = () => globalThis.document?.visibilityState !== 'hidden';

/** Connects a source to its processor while any subscriber is active and the page visible, else disconnects it. */
function route(source: Source): void {
  const wanted = visible() && [...source.subscribers].some(subscriber => subscriber.active);
  if (!source.node || wanted === source.connected) return;
  source.connected = wanted;
  // 1: counting, 0: paused (its last partial reading dropped), -1: ended (see close()).
  source.node.port.postMessage(wanted ? 1 : 0);
  if (wanted) source.input.connect(source.node);
  else source.input.disconnect();
}

function onVisibility(): void {
  for (const source of byId.values()) route(source);
}

function open(track: MediaStreamTrack): Source {
  const lease = leaseAudioContext();
  const { context } = lease;
  const source: Source = {
    id: nextId++,
    lease,
    input: context.createMediaStreamSource(new MediaStream([track])),
    subscribers: new Set(),
    connected: false,
  };
  if (byId.size === 0) globalThis.document?.addEventListener('visibilitychange', onVisibility);
  sources.set(track, source);
  byId.set(source.id, source);
  moduleFor(context).then(() => {
    if (!byId.has(source.id)) return;
    source.node = new AudioWorkletNode(context, 'lme-levels', {
      numberOfInputs: 1,
      channelCount: 1,
      channelCountMode: 'explicit',
      processorOptions: { id: source.id },
    });
    source.node.port.onmessage = onReadings;
    // Connected to the output (it writes silence) so that every engine keeps pulling it.
    source.node.connect(context.destination);
    route(source);
  }, (error: unknown) => console.warn('local-media-elements: no levels, the AudioWorklet did not load (a Content-Security-Policy without blob:?)', error));
  return source;
}

function close(track: MediaStreamTrack, source: Source): void {
  sources.delete(track);
  byId.delete(source.id);
  if (byId.size === 0) globalThis.document?.removeEventListener('visibilitychange', onVisibility);
  source.input.disconnect();
  if (source.node) {
    source.node.port.postMessage(-1); // the processor ends itself
    source.node.disconnect();
  }
  source.lease.release();
}

/**
 * The level feed: meters the first audio track of `stream` on the page's shared AudioContext, once per track however
 * many subscribe (a meter, a silence detector...). `onSuspended` hears whether the context waits for a user gesture.
 */
export function meterStream(
  stream: MediaStream,
  listener: LevelListener,
  onSuspended: (suspended: boolean) => void,
): LevelMeter {
  const track = stream.getAudioTracks()[0]!;
  const source = sources.get(track) ?? open(track);
  const lease = leaseAudioContext(state => onSuspended(state === 'suspended'));
  const subscriber: Subscriber = { listener, active: true };
  source.subscribers.add(subscriber);
  route(source);
  return {
    setActive(active) {
      subscriber.active = active;
      route(source);
    },
    dispose() {
      if (!source.subscribers.delete(subscriber)) return;
      lease.release();
      if (source.subscribers.size === 0) close(track, source);
      else route(source);
    },
  };
}
