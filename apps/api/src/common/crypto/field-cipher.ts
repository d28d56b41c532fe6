import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyRing } from './key-ring.js';
import { hmacSm3, macEquals } from './sm3.js';

const VERSION = 'v1';
const IV_BYTES = 16;
const MAC_BYTES = 32;

/** A stored value could not be decrypted: unknown key, altered bytes or not our format. */
export class FieldDecryptionError extends Error {
  override readonly name = 'FieldDecryptionError';
}

/**
 * SM4-CBC with a random IV, then HMAC-SM3 over everything (encrypt-then-MAC, GB/T 39786 style).
 * Stored text: `v1:<keyId>:<base64(iv || ciphertext || mac)>`. The master key of each id is
 * split into an encryption key and a MAC key by HMAC-SM3 with fixed labels, so one secret per id
 * is enough and the two uses never share a key.
 */
export class FieldCipher {
  constructor(private readonly keys: KeyRing) {}

  encrypt(plaintext: string): string {
    const { id, secret } = this.keys.current;
    const { encryptionKey, macKey } = deriveKeys(secret);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('sm4-cbc', encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const mac = hmacSm3(macKey, header(id), iv, ciphertext);
    return `${header(id)}${Buffer.concat([iv, ciphertext, mac]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const { keyId, payload } = this.split(stored);
    const key = this.keys.byId.get(keyId);
    if (!key) throw new FieldDecryptionError(`unknown field key id "${keyId}"`);
    if (payload.length < IV_BYTES + 16 + MAC_BYTES) throw new FieldDecryptionError('too short');
    const { encryptionKey, macKey } = deriveKeys(key.secret);
    const iv = payload.subarray(0, IV_BYTES);
    const ciphertext = payload.subarray(IV_BYTES, payload.length - MAC_BYTES);
    const mac = payload.subarray(payload.length - MAC_BYTES);
    // The MAC is checked before any decryption: altered bytes never reach the cipher.
    if (!macEquals(mac, hmacSm3(macKey, header(keyId), iv, ciphertext))) {
      throw new FieldDecryptionError('MAC mismatch: the stored value was altered');
    }
    const decipher = createDecipheriv('sm4-cbc', encryptionKey, iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  }

  /** The id of the key a stored value was encrypted with. */
  keyIdOf(stored: string): string {
    return this.split(stored).keyId;
  }

  /** Whether a stored value needs re-encrypting under the current key. */
  isCurrent(stored: string): boolean {
    return this.keyIdOf(stored) === this.keys.current.id;
  }

  private split(stored: string): { keyId: string; payload: Buffer } {
    const [version, keyId, encoded, ...rest] = stored.split(':');
    if (version !== VERSION || !keyId || encoded === undefined || rest.length > 0) {
      throw new FieldDecryptionError('not an encrypted field value');
    }
    return { keyId, payload: Buffer.from(encoded, 'base64') };
  }
}

function header(keyId: string): string {
  return `${VERSION}:${keyId}:`;
}

function deriveKeys(master: Buffer): { encryptionKey: Buffer; macKey: Buffer } {
  return {
    encryptionKey: hmacSm3(master, 'bizenv field encryption').subarray(0, 16),
    macKey: hmacSm3(master, 'bizenv field mac'),
  };
}
