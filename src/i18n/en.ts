import type { Certainty, ClaimKind, Extent, Status, TimeReading } from '../model/vocabulary';
import { countWords } from './countWords';

const { count, number } = countWords('en-GB');

/**
 * Every word of the interface in British English, grouped by the part of the screen that shows it. This is
 * the reference catalog: `Messages` is its type, so nb.ts and id.ts fail to compile when a key is missing.
 * Words the data brings (quotes, attributions, notes, outline credits) are not here: data stays data.
 */
export const en = {
  app: {
    lede: 'Reported territorial changes, claim by claim.',
    loading: 'Loading the dataset…',
    loadingSlow: 'Still loading the dataset: the connection seems slow or stuck.',
    loadFailed: 'The dataset could not be loaded:',
  },
  embed: {
    loading: 'Loading the map…',
    loadingSlow: 'Still loading the map: the connection seems slow or stuck.',
    loadFailed: 'The map’s data could not be loaded:',
    hint: 'Choose a place on the map to read who said what about it.',
    sourcesLabel: 'Sources:',
    sources: (articles: number, languages: string) =>
      `${count(articles, { one: 'news article', other: 'news articles' })} (${languages}), each claim in the article’s own words.`,
    languageCount: (articles: number, language: string) => `${number(articles)} in ${language}`,
    outlinesLabel: 'Outlines:',
    openFullMap: 'Open the full map, with every source ↗',
  },
  explorer: {
    sideLabel: 'Time, places and claims',
    share: 'Share, embed, download',
    language: 'Language',
    tiles: 'OpenStreetMap tiles (loads images from openstreetmap.org)',
    sourcesSummary: (articles: number) => `Sources: the ${number(articles)} articles and their claims`,
  },
  map: {
    tilesFailed: 'The online map tiles could not be loaded; the built-in basemap is shown instead.',
    tilesSlow: 'The online map tiles have not arrived (offline?); the built-in basemap is shown until they do.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    /** In the map's credit line: "Basemap: Natural Earth; governorates: geoBoundaries …". */
    basemap: 'Basemap',
    governorates: 'governorates',
  },
  legend: {
    title: 'Legend',
    striped: 'Striped: disputed by another claim',
    dashed: 'Dashed outline: approximate',
    symbols: 'Airport, air base, citadel',
    /** Markers that would overlap are left to the weightiest until the reader zooms in (src/map/declutter.ts). */
    events: 'Events: strikes, fighting … (zoom in for all)',
    stripedShort: 'striped: disputed',
    dashedShort: 'dashed: approximate',
  },
  time: {
    section: 'Time',
    date: 'Date',
    play: 'Play',
    pause: 'Pause',
    readingLegend: 'Reading of time',
    /** Before the moment in words: "What had happened by | end of Saturday 30 November 2024 (…)". */
    shownBy: { event: 'What had happened by', report: 'What had been reported by' } satisfies Record<TimeReading, string>,
    choice: { event: 'By event time', report: 'By publication time' } satisfies Record<TimeReading, string>,
    /** The same choice inside a sentence. */
    phrase: { event: 'by event time', report: 'by publication time' } satisfies Record<TimeReading, string>,
  },
  /** The map's colours, as control labels. */
  statuses: {
    government: 'Government',
    opposition: 'Opposition (HTS-led)',
    sdf: 'SDF',
    contested: 'Contested',
    unknown: 'No claim',
  } satisfies Record<Status, string>,
  /** How much of a place a side is said to hold, after the side's name. */
  extents: {
    all: 'all of it',
    most: 'most of it',
    'large-parts': 'large parts',
    half: 'about half',
    parts: 'parts of it',
    entered: 'entered',
  } satisfies Record<Extent, string>,
  kinds: {
    control: 'control',
    advance: 'advance',
    withdrawal: 'withdrawal',
    fighting: 'fighting',
    airstrike: 'air strike',
    casualties: 'casualties',
    closure: 'closure',
    curfew: 'curfew',
    reinforcement: 'reinforcements',
    presence: 'fighters seen',
    displacement: 'people fleeing',
    damage: 'damage',
    diplomacy: 'diplomacy',
    statement: 'statement',
    context: 'background',
  } satisfies Record<ClaimKind, string>,
  certainties: {
    reported: 'reported',
    claimed: 'claimed by a party',
    unconfirmed: 'unconfirmed',
    disputed: 'disputed',
    denied: 'a denial',
  } satisfies Record<Certainty, string>,
  status: {
    disputed: 'disputed',
    noHolder: 'No claim in the articles says who holds this place at this moment.',
    restingOn: (claims: number, origins: number) =>
      `Resting on ${count(claims, { one: 'claim', other: 'claims' })} from ${count(origins, { one: 'independent origin', other: 'independent origins' })}.`,
    origins: (origins: number) => count(origins, { one: 'origin', other: 'origins' }),
    disputedBy: (attributions: string) => `Disputed by ${attributions}.`,
  },
  place: {
    close: (name: string) => `Close ${name}`,
    claimsSoFar: (claims: number) => `Claims so far (${number(claims)}), newest first`,
    firstShown: (shown: number) => `; the first ${number(shown)} shown`,
    noClaims: 'No claim about this place is known at this moment.',
    showAll: (claims: number) => `Show all ${number(claims)} claims`,
    outline: 'Outline:',
    approximate: 'approximate.',
  },
  search: {
    section: 'Find a place',
    input: 'Places',
    placeholder: 'Search places (Aleppo, Idlib, airport …)',
    noMatch: (query: string) => `No place matches “${query}”.`,
    partial: (shown: number, matches: number) => `${number(shown)} of ${number(matches)} places shown; type a name to find the others.`,
  },
  table: {
    summary: 'Table: every place at this moment',
    caption: (moment: string) => `Every place, as the claims known by ${moment} describe it`,
    place: 'Place',
    status: 'Status',
    extent: 'How much',
    disputed: 'Disputed',
    claims: 'Claims known',
    origins: 'Independent origins',
    yes: 'yes',
    no: 'no',
    open: (name: string) => `Open ${name}`,
  },
  disagreements: {
    heading: (pairs: number) => `Where sources disagree (${count(pairs, { one: 'pair', other: 'pairs' })} of claims)`,
    versus: 'against',
  },
  claim: {
    /** Before the project's translation of a quote (the quote itself stays in the article's language). */
    translation: 'Translation (claimmap):',
    article: (id: string, language: string, date: string) => `Article ${id} (${language}, ${date})`,
    /** After the attribution in a compact claim: "— SOHR; article 003 (English, 30 Nov 2024)". */
    byline: (id: string, language: string, date: string) => `; article ${id} (${language}, ${date})`,
    more: 'When, how certain, notes',
    source: 'Source',
    who: 'Who says',
    what: 'What',
    when: 'When',
    certainty: 'Certainty',
    contradicts: 'Contradicts',
    geography: 'Geography',
    note: 'Editor’s note',
    /** One line above a panel's claims while their notes (time basis, editor's notes, geography) load. */
    detailsLoading: 'Loading the claims’ notes…',
    detailsFailed: 'The claims’ notes (how each time is known, editor’s notes, geography) could not be loaded; the rest is here.',
  },
  sources: {
    heading: 'Sources',
    intro: (claims: number, articles: number) =>
      `${count(claims, { one: 'claim', other: 'claims' })} from ${count(articles, { one: 'article', other: 'articles' })}, each quoted in its own language.`,
    meta: (id: string, language: string, date: string, publisher: string, claims: number) =>
      `Article ${id} · ${language} · published ${date} · ${publisher} · ${count(claims, { one: 'claim', other: 'claims' })}`,
    publisherUnknown: 'publisher not named in the text',
    dateBasis: 'How the date is known:',
    claimsOf: (id: string) => `Claims from article ${id}`,
  },
  credits: {
    heading: 'Data credits',
    approximate: (approximate: number, outlines: number) =>
      `${number(approximate)} of ${number(outlines)} outlines are approximate, drawn by the project from known coordinates; each says how. The boundaries shown do not imply endorsement or acceptance by the United Nations.`,
  },
  later: {
    loading: 'Loading…',
    failed: (part: string) => `${part} could not be loaded:`,
    retry: 'Try again',
    share: 'The sharing and download options',
    sources: 'The sources',
  },
  share: {
    heading: 'Share and embed',
    close: 'Close Share and embed',
    link: 'Link to this view',
    copyLink: 'Copy link',
    embedHeading: 'Embed in an article',
    showSlider: 'Show the date slider',
    iframe: 'Embed code (iframe)',
    copyIframe: 'Copy embed code',
    resizing: 'Embed code that fits its height to the content',
    copyResizing: 'Copy resizing embed code',
    note: 'The embed keeps this view: date, place, language and reading of time. It credits the articles and links back here; it sets no cookies and loads nothing from other sites. The script only applies the height the embed reports.',
    downloadHeading: 'Download the data',
    /** The iframe's title on the newsroom's page, for screen readers. */
    iframeTitle: (title: string) => `Map: ${title} (claimmap)`,
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
  },
  downloads: {
    claimsCsv: 'Claims as CSV',
    claimsCsvNote: (claims: number) => `all ${number(claims)}, for spreadsheets`,
    claimsJson: 'Claims as JSON',
    claimsJsonNote: 'with the articles, origins and outlets',
    places: 'Places as GeoJSON',
    placesNote: (moment: string, reading: string) => `status at ${moment}, ${reading}, with sources`,
    /** While a download fetches the data it needs beyond the map's (notes, translations, articles' texts). */
    preparing: 'Preparing the file…',
    failed: 'The file could not be made: part of the data did not load.',
  },
};

export type Messages = typeof en;
