import type { Certainty, ClaimKind, Extent, Holder, Party } from '../model/vocabulary';
import type { Random } from '../random/seededRandom';

/** What a synthetic claim says, before it is filed under an article: its YAML fields and its sentence. */
export interface SyntheticClaim {
  /** Unique within its place; the claim's id is `<source id>-<place id>-<key>`. */
  key: number;
  /** The day of the span (0 = the first) its article was published: the day the event started. */
  day: number;
  /** The words the article prints; the claim quotes all of it. */
  sentence: string;
  kind: ClaimKind;
  actor: Party;
  holder?: Holder;
  extent?: Extent;
  origin: string;
  attribution: string;
  via: string[];
  certainty: Certainty;
  start: string;
  end: string;
  /** Keys of the claims about the same place this one contradicts. */
  contradicts: number[];
}

type Timed = 'key' | 'day' | 'sentence' | 'start' | 'end';

/**
 * The span of the real dataset, in Syria's local hours from its first midnight (27 Nov – 1 Dec 2024). The
 * local clock is kept in a Date read with its UTC methods, so the machine's time zone never enters.
 */
const SPAN = { firstDay: Date.UTC(2024, 10, 27), hours: 5 * 24 };

/** The origins the synthetic claims cite; generateDataset lists them in origins.yaml. */
export const SYNTHETIC_ORIGINS = [
  'sohr',
  'monitors',
  'residents',
  'opposition',
  'syrian-military',
  'syrian-military-sources',
  'syrian-state-media',
  'un-official',
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A Syria-local time as geo/ writes it ("2024-11-29T14:00") and as an article says it. */
function localTime(hour: number): { iso: string; words: string; day: number } {
  const at = new Date(SPAN.firstDay + hour * 3600_000);
  const words = `on ${WEEKDAYS[at.getUTCDay()]} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} at ${String(at.getUTCHours()).padStart(2, '0')}:00`;
  return { iso: at.toISOString().slice(0, 16), words, day: Math.floor(hour / 24) };
}

/**
 * The ten claims about one place: a historic baseline (the government since 2016), then the offensive
 * reaching it at a random hour: an advance, fighting, parts taken, a claim of most taken that the army
 * denies (the two contradict each other), an air strike, a withdrawal, the final holder (a fifth of the
 * places are retaken by the government), and people fleeing. A tenth are taken by the SDF instead.
 */
export function syntheticClaims(name: string, random: Random): SyntheticClaim[] {
  const attacker: Holder = random.next() < 0.1 ? 'sdf' : 'opposition';
  const fighters = attacker === 'sdf' ? 'SDF fighters' : 'Opposition fighters';
  const retaken = random.next() < 0.2;
  const arrival = Math.floor(random.next() * (SPAN.hours - 24));
  const at = (offset: number) => {
    const startHour = Math.min(arrival + offset, SPAN.hours - 1);
    const endHour = Math.min(startHour + Math.floor(random.next() * 4), SPAN.hours - 1);
    const start = localTime(startHour);
    return { start: start.iso, end: localTime(endHour).iso, day: start.day, words: start.words };
  };
  const claim = (
    key: number,
    offset: number,
    sentence: (when: string) => string,
    fields: Omit<SyntheticClaim, Timed | 'contradicts' | 'via'> & Partial<Pick<SyntheticClaim, 'via' | 'contradicts'>>,
  ): SyntheticClaim => {
    const when = at(offset);
    return { key, day: when.day, sentence: sentence(when.words), start: when.start, end: when.end, via: [], contradicts: [], ...fields };
  };
  const by = (actor: Party, kind: ClaimKind, origin: string, attribution: string) => ({ kind, actor, origin, attribution });
  const control = (holder: Holder, extent: Extent, origin: string, attribution: string) => ({
    ...by(holder, 'control', origin, attribution),
    holder,
    extent,
  });
  return [
    {
      key: 0,
      day: 0,
      sentence: `Government forces retook ${name} in December 2016, monitors recalled.`,
      ...control('government', 'all', 'monitors', 'monitors'),
      via: [],
      certainty: 'reported',
      start: '2016-12-01',
      end: '2016-12-22',
      contradicts: [],
    },
    claim(1, 0, (w) => `${fighters} advanced towards ${name} ${w}, the Syrian Observatory said.`, {
      ...by(attacker, 'advance', 'sohr', 'SOHR'),
      certainty: 'reported',
    }),
    claim(2, 2, (w) => `Heavy clashes broke out on the edge of ${name} ${w}, residents said.`, {
      ...by(attacker, 'fighting', 'residents', 'residents'),
      certainty: 'reported',
    }),
    claim(3, 4, (w) => `${fighters} entered parts of ${name} ${w}, according to the Syrian Observatory.`, {
      ...control(attacker, 'parts', 'sohr', 'SOHR'),
      certainty: 'reported',
    }),
    claim(4, 8, (w) => `${fighters} took control of most of ${name} ${w}, the fighters said.`, {
      ...control(attacker, 'most', 'opposition', 'the fighters'),
      certainty: 'claimed',
      contradicts: [5],
    }),
    claim(5, 8, (w) => `The army said it still held all of ${name} ${w} and denied reports of its fall.`, {
      ...control('government', 'all', 'syrian-military', 'the army'),
      certainty: 'denied',
      contradicts: [4],
    }),
    claim(6, 10, (w) => `Air strikes hit ${name} ${w}, a monitor said.`, {
      ...by('russia', 'airstrike', 'monitors', 'a monitor, via Reuters'),
      via: ['reuters'],
      certainty: 'reported',
    }),
    claim(7, 14, (w) => `Government troops withdrew from ${name} ${w}, a military source told Reuters.`, {
      ...by('government', 'withdrawal', 'syrian-military-sources', 'a military source, via Reuters'),
      via: ['reuters'],
      certainty: 'reported',
    }),
    retaken
      ? claim(8, 20, (w) => `Government forces recaptured ${name} ${w}, state media said.`, {
          ...control('government', 'all', 'syrian-state-media', 'state media'),
          certainty: 'claimed',
        })
      : claim(8, 20, (w) => `${fighters} held all of ${name} ${w}, residents said.`, {
          ...control(attacker, 'all', 'residents', 'residents'),
          certainty: 'reported',
        }),
    claim(9, 22, (w) => `Thousands of people fled ${name} ${w}, a UN official said.`, {
      ...by('civilians', 'displacement', 'un-official', 'a UN official'),
      certainty: 'reported',
    }),
  ];
}
