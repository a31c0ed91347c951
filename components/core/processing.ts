/**
 * Audio processing (echo cancellation, noise suppression, automatic gain, voice isolation) as the elements'
 * `on`/`off` attributes ask for it, and as the live track's `getSettings()` says it is.
 */
import type { InvalidValueHandler } from './constraints.js';

export type ProcessingName = 'echoCancellation' | 'noiseSuppression' | 'autoGainControl' | 'voiceIsolation';

/** Each processing's attribute. */
export const PROCESSING_ATTRIBUTES: Readonly<Record<ProcessingName, string>> = {
  echoCancellation: 'echo-cancellation',
  noiseSuppression: 'noise-suppression',
  autoGainControl: 'auto-gain-control',
  voiceIsolation: 'voice-isolation',
};

/** What `getSettings()` says is in effect; a processing the browser doesn't report is absent. */
export type AudioProcessing = Partial<Record<ProcessingName, boolean>>;

/** The attributes' values (`on`, `off`, or absent for the browser's default) as constraints. */
export function processingConstraints(values: Partial<Record<ProcessingName, string | null>>, onInvalid: InvalidValueHandler): AudioProcessing {
  const constraints: AudioProcessing = {};
  for (const [name, attribute] of Object.entries(PROCESSING_ATTRIBUTES) as [ProcessingName, string][]) {
    const value = values[name]?.trim().toLowerCase();
    if (value === 'on' || value === 'off') constraints[name] = value === 'on';
    else if (value) onInvalid(attribute, values[name], "the element's default");
  }
  return constraints;
}

/** `constraints` with `processing` over its audio, where it asks for audio. */
export function withProcessing<T extends MediaStreamConstraints>(constraints: T, processing: AudioProcessing): T {
  const audio = constraints.audio;
  if (!audio || Object.keys(processing).length === 0) return constraints;
  return { ...constraints, audio: { ...(typeof audio === 'object' ? audio : {}), ...processing } };
}

/** The processing in effect on the stream's audio track. */
export function processingOf(stream: MediaStream | null | undefined): AudioProcessing {
  const settings = (stream?.getAudioTracks()[0]?.getSettings() ?? {}) as Record<string, unknown>;
  const processing: AudioProcessing = {};
  for (const name of Object.keys(PROCESSING_ATTRIBUTES) as ProcessingName[]) {
    if (typeof settings[name] === 'boolean') processing[name] = settings[name] as boolean;
  }
  return processing;
}
