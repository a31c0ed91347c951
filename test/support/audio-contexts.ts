/** Records every AudioContext the page creates (the real one, subclassed only to be counted). */
const created: AudioContext[] = [];
const Real = window.AudioContext;

window.AudioContext = class CountedAudioContext extends Real {
  constructor(options?: AudioContextOptions) {
    super(options);
    created.push(this);
  }
};

/** AudioContexts created so far that are not closed. */
export function openAudioContexts(): AudioContext[] {
  return created.filter(context => context.state !== 'closed');
}

export function audioContextsCreated(): number {
  return created.length;
}
