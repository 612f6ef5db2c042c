// WeChat Pay's own verification keys (platform certificates and/or WeChat Pay public keys), looked up by Wechatpay-Serial.
import { X509Certificate, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * Certificate serials are hex integers: OpenSSL (and so node) pads them to whole bytes ("0A1B…") while WeChat's
 * Java side writes BigInteger hex ("A1B…"), so hex serials are compared without case or leading zeros.
 * Public-key ids (PUB_KEY_ID_…) are not hex and are kept verbatim.
 */
function normalizeSerial(serial: string): string {
  return /^[0-9A-Fa-f]+$/.test(serial) ? serial.toUpperCase().replace(/^0+(?=.)/, '') : serial;
}

function requireRsa(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'rsa') throw new Error(`${what} is not an RSA key (${String(key.asymmetricKeyType)})`);
  return key;
}

export class PlatformKeys {
  private readonly keys = new Map<string, KeyObject>();

  /** Adds a WeChat Pay platform certificate; returns its serial as WeChat writes it in Wechatpay-Serial. */
  addCertificate(pem: string): string {
    const cert = new X509Certificate(pem);
    const serial = cert.serialNumber.toUpperCase();
    this.keys.set(normalizeSerial(serial), requireRsa(cert.publicKey, `certificate ${serial}`));
    return serial;
  }

  /** Adds a WeChat Pay public key by its id (newer merchants get one of these instead of platform certificates). */
  addPublicKey(id: string, pem: string): void {
    if (id.trim() === '') throw new Error('public key id is empty');
    this.keys.set(normalizeSerial(id), requireRsa(createPublicKey(pem), `public key ${id}`));
  }

  get(serial: string): KeyObject | undefined {
    return this.keys.get(normalizeSerial(serial));
  }

  get size(): number {
    return this.keys.size;
  }
}
