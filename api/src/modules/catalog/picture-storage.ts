// Where picture bytes live, behind one interface: local disk by default, an S3-compatible bucket by setting.
// Keys are content-addressed (`<hash>/<variant>`), so an object is written once and never changes.

export interface StoredObject {
  body: Buffer;
  contentType: string;
}

export interface PictureStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** null when there is no such object. */
  get(key: string): Promise<StoredObject | null>;
}

/** Keys are ours (hash and variant), but the GET route takes them from a URL: only this shape reaches a driver. */
export const PICTURE_KEY = /^[0-9a-f]{32}\/(original\.(jpg|png|webp)|(200|400|800)\.(webp|jpg))$/;

export const contentTypeOf = (key: string) => (key.endsWith('.webp') ? 'image/webp' : key.endsWith('.png') ? 'image/png' : 'image/jpeg');
