import iconv from 'iconv-lite';

/** What a CSV file's bytes were: the three encodings Excel and these tools write. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A CSV file's text. A byte order mark says UTF-8 or UTF-16 (Toggl writes a UTF-8 BOM, Excel's
 * "Unicode text" a UTF-16 LE one); without one, bytes that are valid UTF-8 are UTF-8, and
 * anything else is Windows-1252, what Excel saves a CSV as in Spain and most of Europe. The
 * mark is dropped.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: b.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(b, 'windows-1252'), encoding: 'windows-1252' };
  }
}
