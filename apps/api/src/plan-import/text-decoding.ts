/**
 * Turns the bytes of an uploaded text file into text without asking for its encoding: offices
 * send UTF-8 (with or without a BOM), UTF-16 from Notepad, and GB18030/GBK from older Windows.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes `bytes`: a BOM decides; else valid UTF-8 is UTF-8; else GB18030 (a superset of GBK). */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes.subarray(2), 'utf-16be');
  // GB18030's own BOM (84 31 95 33) is dropped by the decoder itself.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decode(bytes, 'gb18030');
  }
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
