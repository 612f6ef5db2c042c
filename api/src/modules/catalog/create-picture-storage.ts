// Picks the picture storage driver the settings name (apart from the interface, so no file cycle forms).
import type { PictureStorageConfig } from '../../common/config';
import { DiskPictureStorage } from './disk-picture-storage';
import type { PictureStorage } from './picture-storage';
import { S3PictureStorage } from './s3-picture-storage';

export function createPictureStorage(config: PictureStorageConfig): PictureStorage {
  return config.driver === 's3' ? new S3PictureStorage(config) : new DiskPictureStorage(config.dir);
}
