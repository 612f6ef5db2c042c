// The new-order sound. Browsers keep audio silent until a tap, so "start shift" creates and resumes the
// AudioContext; the tone is synthesised, no sound file to load.
import { useCallback, useRef, useState } from 'react';

export function useAlert() {
  const ctx = useRef<AudioContext | null>(null);
  const [armed, setArmed] = useState(false);
  const [played, setPlayed] = useState(0);

  const arm = useCallback(async () => {
    ctx.current ??= new AudioContext();
    await ctx.current.resume();
    setArmed(ctx.current.state === 'running');
  }, []);

  /** Two rising beeps for a new order, one low tone for a cancellation. */
  const play = useCallback((kind: 'new' | 'cancel') => {
    const ac = ctx.current;
    if (!ac || ac.state !== 'running') return;
    const tones = kind === 'new' ? [880, 1320] : [440];
    tones.forEach((hz, i) => {
      const osc = ac.createOscillator();
      const gain = ac.createGain();
      osc.frequency.value = hz;
      gain.gain.value = 0.4;
      osc.connect(gain).connect(ac.destination);
      const at = ac.currentTime + i * 0.22;
      osc.start(at);
      osc.stop(at + 0.18);
    });
    setPlayed((n) => n + 1);
  }, []);

  return { armed, arm, play, played };
}
