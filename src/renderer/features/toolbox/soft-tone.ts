/**
 * A short, quiet sine tone made on this computer (Web Audio; no file, no
 * network): higher for breathing in, lower for breathing out. Played only
 * when the person turned the tone on.
 */
let context: AudioContext | null = null;

export function softTone(phase: 'in' | 'out'): void {
  try {
    context ??= new AudioContext();
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.value = phase === 'in' ? 440 : 330;
    const t = context.currentTime;
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(0.08, t + 0.05);
    gain.gain.linearRampToValueAtTime(0, t + 0.6);
    osc.connect(gain).connect(context.destination);
    osc.start(t);
    osc.stop(t + 0.65);
  } catch {
    // No audio device: the circle and the words still pace the breathing.
  }
}
