/**
 * A strict RFC 4180 reader, the tests' independent check of `formatCsv` (only tests import it). Every record
 * must end in CRLF; a field is either bare (no comma, quote, CR or LF) or quoted with its quotes doubled;
 * anything else throws, so a writer that bends the rules fails the tests instead of being read leniently.
 * Takes the text without its byte order mark.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error(`parseCsv: a quoted field opened before ${at} never closes`);
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const end = text.slice(at).search(/[",\r\n]/);
      const stop = end < 0 ? text.length : at + end;
      if (text[stop] === '"') throw new Error(`parseCsv: a quote inside a bare field at ${stop}`);
      field = text.slice(at, stop);
      at = stop;
    }
    record.push(field);
    if (text[at] === ',') {
      at += 1;
    } else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else {
      throw new Error(`parseCsv: expected a comma or CRLF at ${at}, found ${JSON.stringify(text.slice(at, at + 10))}`);
    }
  }
  if (record.length) throw new Error('parseCsv: the last record does not end in CRLF');
  return records;
}
