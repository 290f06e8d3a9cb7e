import { seededRandom, type Random } from '../random/seededRandom';

/**
 * Link values that readers' mangled shares, bad scripts and attackers produce, for the fuzz tests of the URL
 * state (unit) and of the pages (end to end). Deterministic by seed, so a failing case can be replayed.
 */
const SEEDS: Record<string, readonly string[]> = {
  script: [
    '<script>window.__pwned=1</script>',
    '"><img src=x onerror="window.__pwned=1">',
    "'><svg onload=window.__pwned=1>",
    'javascript:window.__pwned=1',
    '{{constructor.constructor("window.__pwned=1")()}}',
    '${window.__pwned=1}',
    '</title><script src=//evil.example/x.js></script>',
  ],
  number: ['-1', '0', '-0', '1e308', '-1e308', '1e-308', 'NaN', 'Infinity', '-Infinity', '0x10', '9'.repeat(400), '3.', '.5', '1_000'],
  date: [
    '2024-02-30',
    '2024-13-01',
    '0000-00-00',
    '9999-12-31T25:61',
    '2024-11-30T17:00+99:00',
    '1970-01-01',
    '-2024-11-30',
    '+275760-09-13',
    '2024-11-30T17:00:00.000000001Z',
    '30/11/2024',
    'yesterday',
  ],
  place: ['atlantis', '__proto__', 'constructor', 'toString', 'aleppo-city ', 'ALEPPO-CITY', '../../etc/passwd', 'aleppo-city\u0000', 'idlib-city#x'],
  lang: ['fr', 'nb-NO', 'EN', 'zz', 'ar', 'no', '<en>', 'en;q=0.9', 'in'],
  view: ['36,37', '91,181,3', '36.2,37.15,99', '36.2,37.15,-4', '1,2,3,4,5', ',,', '36.2,37.15,10,', 'NaN,NaN,NaN'],
  bounds: ['-180,-90,180,90', '37,36,36,37', '1,1,1,1', '36.2,35,37.6', '1e9,1,2,3', 'a,b,c,d'],
  encoding: ['%', '%E0%A4%A', '%FF%FE', '%00', '%C0%AF', '%ZZ', '%25%', '%u0041', '+', '%2B%2B', '%0D%0ALocation:%20x'],
  unicode: ['\u202Ealeppo', '\uFEFF2024-11-30', 'حلب', '🗺️', '\uD800', 'a\u0301', '\u0000', '\t\n\r'],
};

export const HOSTILE_PARAMS = ['date', 'place', 'time', 'lang', 'view', 'bounds', 'tiles', 'slider', 'embed'] as const;

/** `count` raw query values (some already percent-encoded, some broken on purpose), seeded. */
export function hostileValues(count: number, seed = 20241127): string[] {
  const random = seededRandom(seed);
  const families = Object.keys(SEEDS);
  const values: string[] = [];
  for (let i = 0; i < count; i++) {
    const family = families[i % families.length] ?? 'script';
    values.push(mutate(random, random.pick(SEEDS[family] ?? [])));
  }
  return values;
}

function mutate(random: Random, value: string): string {
  switch (random.below(6)) {
    case 0:
      return value;
    case 1:
      return encode(value);
    case 2:
      return value.repeat(1 + random.below(60));
    case 3:
      return `${value}${random.pick(Object.values(SEEDS).flat())}`;
    case 4:
      return encode(value).replace(/%/g, random.next() < 0.5 ? '%25' : '%');
    default:
      return value.slice(0, random.below(value.length + 1));
  }
}

/** Percent-encoding, except for what has no UTF-8 form (a lone surrogate), which goes in as it is. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Query strings carrying the values, `perQuery` at a time, each under a parameter the map reads (and now
 * and then twice, or under a name it does not know). Values go in raw: the point is what a mangled link
 * holds, not what a careful encoder would write.
 */
export function hostileQueries(values: readonly string[], perQuery: number, seed = 20241201): string[] {
  const random = seededRandom(seed);
  const queries: string[] = [];
  for (let start = 0; start < values.length; start += perQuery) {
    const pairs = values.slice(start, start + perQuery).map((value, i) => {
      const name = random.next() < 0.1 ? random.pick(['utm_source', 'Place', 'date[]', '']) : HOSTILE_PARAMS[(start + i) % HOSTILE_PARAMS.length];
      return `${name}=${value.replace(/[&#]/g, (c) => (c === '&' ? '%26' : '%23'))}`;
    });
    queries.push(`?${pairs.join('&')}`);
  }
  return queries;
}
