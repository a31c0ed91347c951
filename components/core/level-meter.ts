import { leaseAudioContext, type AudioContextLease } from './audio-context.js';

/**
 * Hears one reading of a source: the RMS and the absolute peak (both linear, 0..1) of every sample since the
 * previous reading, so that no click between two readings is missed.
 */
export type LevelListener = (rms: number, peak: number, now: number) => void;

export interface LevelMeter {
  /** Pauses (false) or resumes (true) the readings, e.g. while the meter is off-screen. */
  setActive(active: boolean): void;
  /** Unsubscribes; the source leaves the audio graph with its last subscriber, and the AudioContext lease is given back. */
  dispose(): void;
}

/** A source's readings posted by the audio thread straight to a worker (see {@link feedWorker}). */
export interface WorkerFeed extends LevelMeter {
  /** The source's id in the readings the worker gets: `[id, rms, peak, id, rms, peak, ...]`. */
  readonly source: number;
}

/**
 * How often a source is read for a meter; the level math runs on the audio thread, the page hears one batch per
 * reading. 15 keeps about three readings per syllable.
 */
export const READINGS_PER_S = 15;
/**
 * How often a source is read for what needs no more than a summary (the `silent` check): `slow` subscribers. Every
 * 250 ms, the shortest `silentMs` that setHealthTimings() takes: a summary period longer than that would report
 * silence later than asked.
 */
export const SLOW_READINGS_PER_S = 4;

/**
 * What a source's readings go to, as bits of its processor's state: the page at READINGS_PER_S, a worker at the
 * same rate, the page at SLOW_READINGS_PER_S. 0: paused; -1: ended.
 */
const Route = { Page: 1, Worker: 2, Slow: 4 } as const;

// The audio thread sums every sample of every source, and one of the processors posts all sources' readings in one
// message per destination: one task per reading for any number of meters. Processors of one context share this
// scope, and the worker's port (sent once per context). An input with no channels is silence (an idle upstream),
// still counted; a paused processor counts nothing. Readings to the page are an array; summaries are `{ slow }`.
const PROCESSOR = `const sums=new Map,slows=new Map;let next=0,nextSlow=0,worker;
const add=(m,id,s)=>{let e=m.get(id);if(!e)m.set(id,e=[0,0,0,0]);if(s)for(let i=0;i<s.length;i++){const v=s[i];e[0]+=v*v;const a=v<0?-v:v;if(a>e[2])e[2]=a}e[1]+=128;return e};
const out=(m,bit)=>{const o=[];for(const[id,e]of m)if(e[3]&bit)o.push(id,Math.sqrt(e[0]/e[1]),e[2]);return o};
registerProcessor('lme-levels',class extends AudioWorkletProcessor{
constructor(o){super();this.id=o.processorOptions.id;this.state=0;this.port.onmessage=e=>{if(typeof e.data=='object'){worker=e.data.worker;return}this.state=e.data;sums.delete(this.id);slows.delete(this.id)}}
process([input]){const s=input[0],st=this.state;if(st>0){if(st&3)add(sums,this.id,s)[3]=st;if(st&4)add(slows,this.id,s)[3]=st}
if(currentFrame>=next&&sums.size){next=currentFrame+sampleRate/${READINGS_PER_S};const p=out(sums,1),w=out(sums,2);sums.clear();
if(p.length)this.port.postMessage(p);if(w.length&&worker)worker.postMessage(w)}
if(currentFrame>=nextSlow&&slows.size){nextSlow=currentFrame+sampleRate/${SLOW_READINGS_PER_S};const p=out(slows,4);slows.clear();this.port.postMessage({slow:p})}
return st>=0}})`;

type Rate = 'reading' | 'slow';

interface Subscriber {
  /** Absent for a worker feed: its readings go straight to the worker. */
  listener?: LevelListener;
  rate: Rate | 'worker';
  active: boolean;
}

/** One audio source (a track), metered once for all its subscribers. */
interface Source {
  readonly id: number;
  readonly lease: AudioContextLease;
  readonly input: MediaStreamAudioSourceNode;
  node?: AudioWorkletNode;
  readonly subscribers: Set<Subscriber>;
  /** The route bits its processor was last told. */
  route: number;
}

/** One context's link to the worker: the worklet's end of the channel, until a processor has taken it. */
interface WorkerLink {
  pending?: MessagePort;
  unlink: () => void;
}

const sources = new Map<MediaStreamTrack, Source>();
const byId = new Map<number, Source>();
const modules = new WeakMap<BaseAudioContext, Promise<void>>();
const links = new Map<BaseAudioContext, WorkerLink>();
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
function onReadings({ data }: MessageEvent<number[] | { slow: number[] }>): void {
  const now = performance.now();
  const [readings, rate] = Array.isArray(data) ? [data, 'reading'] : [data.slow, 'slow'];
  for (let i = 0; i < readings.length; i += 3) {
    const source = byId.get(readings[i]!);
    if (!source) continue;
    for (const subscriber of source.subscribers) {
      if (subscriber.active && subscriber.rate === rate) subscriber.listener!(readings[i + 1]!, readings[i + 2]!, now);
    }
  }
}

// While the page is hidden no source is connected, so the audio thread posts nothing.
const visible = () => globalThis.document?.visibilityState !== 'hidden';

const BIT = { reading: Route.Page, worker: Route.Worker, slow: Route.Slow } as const;

/** Tells a source's processor where its readings go (nowhere: its input leaves the graph). */
function route(source: Source): void {
  let bits = 0;
  if (visible()) for (const { active, rate } of source.subscribers) if (active) bits |= BIT[rate];
  if (!source.node || bits === source.route) return;
  const connected = source.route !== 0;
  source.route = bits;
  // A new state also drops the source's partial reading.
  source.node.port.postMessage(bits);
  if (bits !== 0 && !connected) source.input.connect(source.node);
  else if (bits === 0 && connected) source.input.disconnect();
}

function onVisibility(): void {
  for (const source of byId.values()) route(source);
}

/** Hands the context's end of its worker channel to a processor (any: they share one scope). */
function deliverLink(context: BaseAudioContext, node: AudioWorkletNode): void {
  const link = links.get(context);
  if (!link?.pending) return;
  node.port.postMessage({ worker: link.pending }, [link.pending]);
  link.pending = undefined;
}

function open(track: MediaStreamTrack): Source {
  const lease = leaseAudioContext();
  const { context } = lease;
  const source: Source = {
    id: nextId++,
    lease,
    input: context.createMediaStreamSource(new MediaStream([track])),
    subscribers: new Set(),
    route: 0,
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
    deliverLink(context, source.node);
    route(source);
  }, (error: unknown) => console.warn('local-media-elements: no levels, the AudioWorklet did not load (a Content-Security-Policy without blob:?)', error));
  return source;
}

function close(track: MediaStreamTrack, source: Source): void {
  sources.delete(track);
  byId.delete(source.id);
  if (byId.size === 0) {
    globalThis.document?.removeEventListener('visibilitychange', onVisibility);
    // The context closes after its last source: so do its links to a worker.
    for (const link of links.values()) link.unlink();
    links.clear();
  }
  source.input.disconnect();
  if (source.node) {
    source.node.port.postMessage(-1); // the processor ends itself
    source.node.disconnect();
  }
  source.lease.release();
}

function subscribe(stream: MediaStream, subscriber: Subscriber, onSuspended: (suspended: boolean) => void): { source: Source; meter: LevelMeter } {
  const track = stream.getAudioTracks()[0]!;
  const source = sources.get(track) ?? open(track);
  const lease = leaseAudioContext(state => onSuspended(state === 'suspended'));
  source.subscribers.add(subscriber);
  route(source);
  const meter = {
    setActive(active: boolean) {
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
  return { source, meter };
}

/**
 * The level feed: meters the first audio track of `stream` on the page's shared AudioContext, once per track however
 * many subscribe (a meter, a silence detector...). `listener` hears every reading (`rate: 'reading'`, the default,
 * READINGS_PER_S a second) or a summary of the readings (`'slow'`, SLOW_READINGS_PER_S a second: the RMS and the
 * peak of every sample since the last summary). `onSuspended` hears whether the context waits for a user gesture.
 */
export function meterStream(
  stream: MediaStream,
  listener: LevelListener,
  onSuspended: (suspended: boolean) => void,
  rate: Rate = 'reading',
): LevelMeter {
  return subscribe(stream, { listener, rate, active: true }, onSuspended).meter;
}

/**
 * The level feed for a worker: the audio thread posts `stream`'s readings (READINGS_PER_S a second, as arrays of
 * `[source, rms, peak]` triples, every source of a context in one message) straight to a port of the worker, so the
 * page's main thread hears none of them. `connect` is given that port, once per AudioContext (a later context gets
 * a new one), and returns the function that lets the worker drop it when the context goes.
 */
export function feedWorker(stream: MediaStream, connect: (port: MessagePort) => () => void, onSuspended: (suspended: boolean) => void): WorkerFeed {
  const { source, meter } = subscribe(stream, { rate: 'worker', active: true }, onSuspended);
  const { context } = source.lease;
  if (!links.has(context)) {
    const channel = new MessageChannel();
    links.set(context, { pending: channel.port2, unlink: connect(channel.port1) });
    if (source.node) deliverLink(context, source.node);
  }
  return { source: source.id, ...meter };
}
