/**
 * Baseline: LiveKit's method. One AudioContext per meter, an AnalyserNode read on every animation frame by that
 * meter's own loop, the RMS written to the bar's style each frame.
 */
export function livekitMeter(stream: MediaStream, bar: HTMLElement): () => void {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  let frame = 0;
  const read = () => {
    analyser.getByteTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += ((sample - 128) / 128) ** 2;
    bar.style.transform = `scaleX(${Math.sqrt(sum / samples.length)})`;
    frame = requestAnimationFrame(read);
  };
  frame = requestAnimationFrame(read);
  return () => {
    cancelAnimationFrame(frame);
    void context.close();
  };
}
