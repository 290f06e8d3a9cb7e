import { useEffect, useMemo, useRef, useState } from 'react';
import type { Timeline } from '../time/timeline';
import { describeMoment } from '../time/describeMoment';
import type { TimeReading } from '../model/vocabulary';
import { useI18n } from './I18n';
import { ReadingChoice } from './ReadingChoice';
import { matchesNow, REDUCED_MOTION } from './mediaQueries';
import { useContentHeight } from './useContentHeight';

interface Props {
  timeline: Timeline;
  index: number;
  /** The chosen moment (it may lie between two stops, from a link). */
  moment: string;
  onIndexChange: (index: number, mode: 'push' | 'replace') => void;
  reading: TimeReading;
  onReadingChange: (reading: TimeReading) => void;
  /** The event/report choice; an embed leaves it to its link and shows only the slider. */
  showReading?: boolean;
  /** The open place's status at the moment, in words ("Aleppo: Opposition (HTS-led), most of it, disputed"). */
  announcement?: string | null;
}

const PLAY_STEP_MS = 1200;
/** The most stops that get a tick each: about 7 pixels apart on the desktop slider. */
const MAX_TICKS = 40;

/**
 * The date slider: one stop per moment at which a claim becomes known, so every step changes something;
 * ticks mark those moments, the chosen moment is written out in words, and play steps through the changes.
 * A native range input gives arrows, Page Up/Down, Home and End for free.
 */
export function TimeSlider({ timeline, index, moment, onIndexChange, reading, onReadingChange, showReading = true, announcement = null }: Props) {
  const { t, locale } = useI18n();
  const [playing, setPlaying] = useState(false);
  // A drag is one history entry (its first step pushes, the rest replace); each key press is one.
  const drag = useRef({ active: false, pushed: false });
  const last = timeline.moments.length - 1;
  // Read once: asking the media query on every render cost a slider step more than the rest of this component.
  const [reduceMotion] = useState(() => matchesNow(REDUCED_MOTION));

  // The stop play moves on from; null while not playing, so that a step by hand leaves this effect alone
  // (an effect that re-runs on every step makes React schedule a task for it).
  const playingFrom = playing ? index : null;
  useEffect(
    function stepWhilePlaying() {
      if (playingFrom === null || playingFrom >= last) return;
      const timer = window.setTimeout(
        () => {
          onIndexChange(playingFrom + 1, 'replace');
          if (playingFrom + 1 >= last) setPlaying(false);
        },
        reduceMotion ? PLAY_STEP_MS * 2 : PLAY_STEP_MS,
      );
      return function stopStep() {
        window.clearTimeout(timer);
      };
    },
    [playingFrom, last, onIndexChange, reduceMotion],
  );

  // A tick per stop while they stand apart; past MAX_TICKS they are a comb that says nothing. They are drawn
  // beside the input, not by it (a <datalist>): Chromium paints an input's ticks with the input, so every
  // step painted each of them again (0.14 ms of the real data's step at nine stops, interleaved by step; a
  // millisecond at 120). Beside it they are painted once. They only mark the stops, so screen readers skip them.
  const ticks = useMemo(
    () =>
      timeline.moments.length > 1 && timeline.moments.length <= MAX_TICKS ? (
        <div className="slider-ticks" aria-hidden="true">
          {timeline.moments.map((m) => (
            <span key={m} />
          ))}
        </div>
      ) : null,
    [timeline],
  );
  // The section contains its own layout, so that a step lays out the slider and its words, not the page.
  const section = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useContentHeight(section, body);
  const words = describeMoment(moment, locale);
  return (
    <section className="time" aria-label={t.time.section} ref={section}>
      <div className="time-body" ref={body}>
        <div className="time-row">
          <button
            type="button"
            className="play"
            aria-pressed={playing}
            onClick={() => {
              if (!playing && index >= last) onIndexChange(0, 'replace');
              setPlaying(!playing);
            }}
          >
            {playing ? t.time.pause : t.time.play}
          </button>
          <div className="slider">
            <input
              type="range"
              aria-label={t.time.date}
              aria-valuetext={words}
              min={0}
              max={last}
              step={1}
              value={index}
              onPointerDown={() => {
                drag.current = { active: true, pushed: false };
              }}
              onChange={(event) => {
                const mode = drag.current.active && drag.current.pushed ? 'replace' : 'push';
                if (drag.current.active) drag.current.pushed = true;
                onIndexChange(Number(event.target.value), mode);
              }}
              onPointerUp={() => {
                drag.current = { active: false, pushed: false };
              }}
            />
            {ticks}
          </div>
        </div>
        <p className="moment" aria-live="polite">
          <span className="muted">{t.time.shownBy[reading]}</span>{' '}
          <strong>{words}</strong>
          {/* Read out with the moment, so a screen reader hears what the step changed for the open place. */}
          {announcement && <span className="visually-hidden">. {announcement}</span>}
        </p>
        {showReading && <ReadingChoice reading={reading} onChange={onReadingChange} />}
      </div>
    </section>
  );
}
