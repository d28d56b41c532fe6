/** One secret key and the id stored next to what it protected, so rotation can find it again. */
export interface KeyEntry {
  id: string;
  secret: Buffer;
}

/**
 * A current key (used for new data) and older ones (still accepted for reading and verifying).
 * `demo` marks the built-in development keys, which production refuses.
 */
export interface KeyRing {
  current: KeyEntry;
  byId: ReadonlyMap<string, KeyEntry>;
  demo: boolean;
}

/** A malformed key list; the message names the variable and is meant for the operator. */
export class KeyRingError extends Error {
  override readonly name = 'KeyRingError';
}

const KEY_ID_FORMAT = /^[A-Za-z0-9_-]{1,16}$/;
/** 256-bit secrets: SM3-HMAC keys and the master keys field encryption derives from. */
export const KEY_BYTES = 32;

/**
 * Parses `id:base64[,id:base64...]`, current key first. Each secret must decode to exactly
 * 32 bytes (generate one with `openssl rand -base64 32`).
 */
export function parseKeyRing(name: string, raw: string, demo = false): KeyRing {
  const entries = raw.split(',').map((part) => part.trim());
  const byId = new Map<string, KeyEntry>();
  for (const entry of entries) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const encoded = entry.slice(separator + 1);
    if (separator < 1 || !KEY_ID_FORMAT.test(id)) {
      throw new KeyRingError(
        `${name} 格式无效：须为 "密钥编号:Base64密钥"，多个用逗号分隔，当前密钥在前（编号为 1–16 位字母、数字、-、_）`,
      );
    }
    const secret = Buffer.from(encoded, 'base64');
    if (secret.length !== KEY_BYTES || secret.toString('base64') !== encoded) {
      throw new KeyRingError(
        `${name} 中密钥 ${id} 无效：须为 ${KEY_BYTES} 字节的 Base64（可用 openssl rand -base64 32 生成）`,
      );
    }
    if (byId.has(id)) throw new KeyRingError(`${name} 中密钥编号 ${id} 重复`);
    byId.set(id, { id, secret });
  }
  return { current: byId.get(entries[0]!.split(':')[0]!)!, byId, demo };
}
