import { requiredNumber } from '../../../shared/codec/number';
import { useEffect, useRef, useState } from 'react';
import { Pause, Play, Wind } from 'lucide-react';
import { breathAt, DEFAULT_PACE, paceProblem, type BreathMoment } from '../../../shared/coping/breathing';
import { PACED_BREATHING } from '../../../shared/coping/used-today';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { NumberField } from '../../ui/NumberField';
import { UsedTodayButton } from './UsedTodayButton';
import { useReducedMotion } from './useReducedMotion';
import type { useUsedToday } from './useUsedToday';
import { softTone } from './soft-tone';
import styles from './toolbox.module.css';

type Sound = 'off' | 'tone';
const SOUNDS = [
  { value: 'off', label: 'No sound' },
  { value: 'tone', label: 'Soft tone at each turn' },
] as const;

/** The smallest circle is still visible, so "empty" never looks like "gone". */
const MIN_SCALE = 0.4;

/**
 * Paced breathing: a circle that grows as you breathe in and shrinks as you
 * breathe out. Silent unless the person turns the tone on. With reduced
 * motion the circle stays still and the words and count do the pacing.
 */
export function BreathingTimer({ used }: { used: ReturnType<typeof useUsedToday> }) {
  const [inText, setInText] = useState(String(DEFAULT_PACE.inSeconds));
  const [outText, setOutText] = useState(String(DEFAULT_PACE.outSeconds));
  const [sound, setSound] = useState<Sound>('off');
  const [moment, setMoment] = useState<BreathMoment | null>(null);
  const started = useRef(0);
  const reduced = useReducedMotion();

  const inSeconds = requiredNumber(inText);
  const outSeconds = requiredNumber(outText);
  const inProblem = paceProblem('Breathe in', inSeconds);
  const outProblem = paceProblem('Breathe out', outSeconds);
  const running = moment !== null;

  useEffect(() => {
    if (!running || inProblem || outProblem) return;
    const pace = { inSeconds, outSeconds };
    let frame = 0;
    let lastPhase: BreathMoment['phase'] | null = null;
    const tick = () => {
      const next = breathAt(performance.now() - started.current, pace);
      if (sound === 'tone' && lastPhase !== null && next.phase !== lastPhase) softTone(next.phase);
      lastPhase = next.phase;
      // React redraws only when the words or the count change; the circle's growth is a CSS transition over the phase.
      setMoment((prev) => (prev && prev.phase === next.phase && prev.secondsLeft === next.secondsLeft && prev.breaths === next.breaths ? prev : next));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running, inSeconds, outSeconds, inProblem, outProblem, sound]);

  const start = () => {
    started.current = performance.now();
    setMoment(breathAt(0, { inSeconds, outSeconds }));
  };
  const stop = () => setMoment(null);

  // Breathing in, the circle grows to full over the in-seconds; breathing out, it shrinks over the out-seconds. Reduced motion: it stays still.
  const full = moment?.phase === 'in';
  const transform = reduced ? 'none' : `scale(${full ? 1 : MIN_SCALE})`;
  const transition = reduced || !moment ? 'none' : `transform ${full ? inSeconds : outSeconds}s linear`;
  const words = moment ? (moment.phase === 'in' ? 'Breathe in' : 'Breathe out') : 'Ready';

  return (
    <Card title="Paced breathing" icon={<Wind size={18} />} className="toolbox-breathing">
      <div className={styles.breathingLayout}>
        <div className={styles.breathingVisual} aria-hidden="true">
          <div className={styles.breathingStage}>
            <div className={styles.breathingCircle} data-breathing="circle" style={{ transform, transition }} />
            {moment && <span className={styles.breathingCount}>{moment.secondsLeft}</span>}
          </div>
          {/* Under the circle, not in it, so the words stay readable however small the circle is. */}
          <div className={styles.breathingWords} data-breathing="words">
            {words}
          </div>
        </div>
        <div className={styles.breathingControls}>
          {/* Announced once per phase, not every frame. */}
          <p className="visually-hidden" aria-live="polite">
            {moment ? `${words}, ${moment.phase === 'in' ? inSeconds : outSeconds} seconds` : ''}
          </p>
          <p className={styles.breathingStatus} role="status">
            {moment ? `Breathing: ${moment.breaths} ${moment.breaths === 1 ? 'breath' : 'breaths'} so far` : 'Stopped'}
          </p>
          <div className={styles.breathingFields}>
            <NumberField label="Breathe in (seconds)" value={inText} onChange={setInText} errorMessage={inProblem ?? undefined} />
            <NumberField label="Breathe out (seconds)" value={outText} onChange={setOutText} errorMessage={outProblem ?? undefined} />
          </div>
          <ChoiceGroup label="Sound" options={SOUNDS} value={sound} onChange={setSound} />
          <div className={styles.actions}>
            {running ? (
              <Button onPress={stop}>
                <Pause size={16} aria-hidden="true" />
                Stop
              </Button>
            ) : (
              <Button isDisabled={Boolean(inProblem || outProblem)} onPress={start}>
                <Play size={16} aria-hidden="true" />
                Start breathing
              </Button>
            )}
            <UsedTodayButton name={PACED_BREATHING} used={used} />
          </div>
        </div>
      </div>
    </Card>
  );
}
