import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SM3 (GB/T 32905) of `data` under `key`, as a Buffer of 32 bytes. */
export function hmacSm3(key: Buffer, ...data: (Buffer | string)[]): Buffer {
  const hmac = createHmac('sm3', key);
  for (const part of data) hmac.update(part);
  return hmac.digest();
}

/** Compares two MACs in constant time; different lengths are simply unequal. */
export function macEquals(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
