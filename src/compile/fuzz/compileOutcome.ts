import { compileDataset } from '../compileDataset';
import { formatGeoError } from '../GeoError';
import type { GeoTree } from '../readGeoTree';

export type Outcome =
  /** Every problem reported in a line an editor can act on. */
  | { kind: 'rejected-cleanly'; lines: string[] }
  /** Rejected, but some lines break the rules below; `faults` says how. */
  | { kind: 'rejected-badly'; lines: string[]; faults: string[] }
  | { kind: 'crashed'; error: string }
  /** The variant compiled: the mutation was not the error it was meant to be, or a rule is missing. */
  | { kind: 'accepted' };

/** The longest line a problem may take; a message longer than this is echoing what it should summarise. */
export const MAX_LINE = 500;

/** `file:line:column field: message` or `file:line:column message`, as formatGeoError writes it. */
const GRAMMAR = /^geo\/[\w./-]+:\d+:\d+ \S/;
/** What leaks from a JavaScript error rather than from a check. */
const INTERNAL = [
  /^\s+at /, // a stack frame
  /\(\S+:\d+:\d+\)/, // a frame's (file:line:column)
  /TypeError|ReferenceError|RangeError|call stack/, // the engine's words
  /Cannot read prop|is not a function|\[object Object\]|\bundefined\b/, // a value that was not there
];

/**
 * Why a reported line would fail an editor, or null when it would not: one line in the editors' grammar,
 * naming a file the editor has (or had, before it went missing or was renamed), no longer than MAX_LINE,
 * and nothing a reader would take for a crash.
 */
export function lineFault(line: string, knownFiles: ReadonlySet<string>): string | null {
  if (/[\r\n\u2028\u2029]/.test(line)) return 'spans several lines';
  if (!GRAMMAR.test(line)) return 'is not file:line:column field: message';
  const file = line.slice(0, line.search(/:\d+:\d+ /));
  if (!knownFiles.has(file)) return `names ${file}, no file of the tree`;
  if (line.length > MAX_LINE) return `is ${line.length} characters long`;
  if (INTERNAL.some((tell) => tell.test(line))) return 'reads like an internal error';
  return null;
}

/** Compiles a variant and judges what came back; `knownFiles` are the paths of the variant and of the base tree. */
export function compileOutcome(tree: GeoTree, knownFiles: ReadonlySet<string>): Outcome {
  let result;
  try {
    result = compileDataset(tree);
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'crashed', error: text.slice(0, 300) };
  }
  if (result.ok) return { kind: 'accepted' };
  const lines = result.errors.map(formatGeoError);
  const faults = lines.flatMap((line) => {
    const fault = lineFault(line, knownFiles);
    return fault ? [`${line.slice(0, 160)} ← ${fault}`] : [];
  });
  if (!lines.length) faults.push('rejected with no error at all');
  return faults.length ? { kind: 'rejected-badly', lines, faults } : { kind: 'rejected-cleanly', lines };
}
