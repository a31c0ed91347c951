/**
 * Baseline: hark's method. One AudioContext per meter, an AnalyserNode (fftSize 512) polled every 50 ms with
 * getFloatFrequencyData, the loudest bin shown as the bar's width.
 */
export function harkMeter(stream: MediaStream, bar: HTMLElement): () => void {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  analyser.smoothingTimeConstant = 0.1;
  context.createMediaStreamSource(stream).connect(analyser);
  const spectrum = new Float32Array(analyser.frequencyBinCount);
  const timer = setInterval(() => {
    analyser.getFloatFrequencyData(spectrum);
    let max = -Infinity;
    for (const value of spectrum) if (value > max && value < 0) max = value;
    bar.style.width = `${Math.max(0, Math.min(100, ((max + 100) / 100) * 100))}%`;
  }, 50);
  return () => {
    clearInterval(timer);
    void context.close();
  };
}
