import { useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The chosen stack's floor for a slider step (npm run bench): React 19 rendering one controlled range input
 * and the moment it stands for in words, as the app's slider does, and nothing else. What the app's step
 * costs above this is the app's own doing.
 */
const STOPS = 41;
const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Damascus' });
const START = Date.UTC(2024, 10, 26, 21);
const words = Array.from({ length: STOPS }, (_, i) => format.format(START + i * 3 * 3600_000));

function Floor() {
  const [index, setIndex] = useState(0);
  return (
    <section>
      <input
        type="range"
        aria-label="Date"
        aria-valuetext={words[index]}
        min={0}
        max={STOPS - 1}
        step={1}
        value={index}
        onChange={(event) => setIndex(Number(event.target.value))}
      />
      <p>
        <strong>{words[index]}</strong>
      </p>
    </section>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('reactFloor: no #root in react.html');
createRoot(root).render(<Floor />);
