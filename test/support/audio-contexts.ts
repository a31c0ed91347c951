/** Records every AudioContext the page creates (the real one, subclassed only to be counted). */
const created: AudioContext[] = [];
const Real = window.AudioContext;

/** Contexts whose close() was called: their state reads `closed` only once it is done, later on a loaded machine. */
const closing = new WeakSet<AudioContext>();

window.AudioContext = class CountedAudioContext extends Real {
  constructor(options?: AudioContextOptions) {
    super(options);
    created.push(this);
  }

  override close(): Promise<void> {
    closing.add(this);
    return super.close();
  }
};

/** AudioContexts created so far that are neither closed nor closing. */
export function openAudioContexts(): AudioContext[] {
  return created.filter(context => context.state !== 'closed' && !closing.has(context));
}

/** AudioContexts created so far whose state does not read `closed` yet (those closing included). */
export function unclosedAudioContexts(): AudioContext[] {
  return created.filter(context => context.state !== 'closed');
}

export function audioContextsCreated(): number {
  return created.length;
}
