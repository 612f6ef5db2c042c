// Pictures in a folder on this machine (PICTURE_DIR, default data/pictures): what `npm start` uses with no setup.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { contentTypeOf, type PictureStorage, type StoredObject } from './picture-storage';

export class DiskPictureStorage implements PictureStorage {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async put(key: string, body: Buffer): Promise<void> {
    const path = join(this.root, key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed: a reader never sees half a file.
    const part = `${path}.${process.pid}.part`;
    await writeFile(part, body);
    await rename(part, path);
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      return { body: await readFile(join(this.root, key)), contentType: contentTypeOf(key) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }
}
