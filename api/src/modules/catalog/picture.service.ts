// Product pictures: an upload checked and sized (picture-processing.ts), stored by content hash, placed on the
// product in order (at most 9, the first the cover); HQ reorders and removes them. Every change is audited.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { transaction, UUID } from '../../common/sql';
import { actorName, type Viewer } from '../../common/viewer';
import { writeAudit } from './catalog-admin.repository';
import { Product } from './catalog.entity';
import { PictureNotFoundError, ProductNotFoundError } from './catalog.errors';
import { processPicture, type ProcessedPicture } from './picture-processing';
import type { PictureStorage } from './picture-storage';
import { contentTypeOf } from './picture-storage';
import { addPicture, lockProduct, picturesOf, setPictureOrder, type PictureRow } from './picture.repository';
import { PictureFileFormat, ProductPicture } from './picture.types';

export const MAX_PICTURES = 9;

export const toPicture = (r: PictureRow): ProductPicture =>
  Object.assign(new ProductPicture(), { id: r.id, position: r.position, width: r.width, height: r.height, hash: r.hash, format: r.format });

/** Where a size of a picture is served; the hash in it makes it immutable. */
export function pictureUrl(publicUrl: string, picture: { hash: string }, size: number, format: PictureFileFormat): string {
  const width = [200, 400, 800].includes(size) ? size : 400;
  return `${publicUrl}/pictures/${picture.hash}/${width}.${format === PictureFileFormat.JPEG ? 'jpg' : 'webp'}`;
}

export type UploadOutcome = { status: number; body: Record<string, unknown> };

export class PictureService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async upload(viewer: Viewer, productId: string, bytes: Buffer, storage: PictureStorage): Promise<UploadOutcome> {
    const notFound = { status: 404, body: { errorCode: 'PRODUCT_NOT_FOUND', message: '没有这个商品' } };
    if (!UUID.test(productId)) return notFound;
    const full = { status: 409, body: { errorCode: 'TOO_MANY_PICTURES', message: `每个商品最多 ${MAX_PICTURES} 张图片` } };
    const existing = await picturesOf(this.em, [productId]);
    if (existing.length >= MAX_PICTURES) return full;
    const picture = await processPicture(bytes);
    if ('errorCode' in picture) return { status: picture.status, body: { errorCode: picture.errorCode, message: picture.message } };
    return this.place(viewer, productId, picture, storage);
  }

  /** Stores a picture already checked and sized by processPicture and appends it to the product. */
  async place(viewer: Viewer, productId: string, picture: ProcessedPicture, storage: PictureStorage): Promise<UploadOutcome> {
    const notFound = { status: 404, body: { errorCode: 'PRODUCT_NOT_FOUND', message: '没有这个商品' } };
    const full = { status: 409, body: { errorCode: 'TOO_MANY_PICTURES', message: `每个商品最多 ${MAX_PICTURES} 张图片` } };
    if (!UUID.test(productId)) return notFound;
    const bytes = picture.files.get(`original.${picture.format}`)!;
    // Files first: a row never names bytes that are not there. A file with no row is harmless (and reused).
    for (const [variant, body] of picture.files) await storage.put(`${picture.hash}/${variant}`, body, contentTypeOf(variant));
    return transaction(this.em, async (tx) => {
      if (!(await lockProduct(tx, productId))) return notFound;
      const now = (await picturesOf(tx, [productId])).filter((p) => p.hash !== picture.hash);
      if (now.length >= MAX_PICTURES) return full;
      const { row, added } = await addPicture(tx, {
        productId,
        hash: picture.hash,
        format: picture.format,
        width: picture.width,
        height: picture.height,
      });
      if (added)
        await writeAudit(tx, {
          actor: actorName(viewer),
          at: this.clock.now(),
          action: 'picture.add',
          subjectId: productId,
          detail: { pictureId: row.id, hash: row.hash, bytes: bytes.length, width: row.width, height: row.height },
        });
      return {
        status: added ? 201 : 200,
        body: { id: row.id, position: row.position, hash: row.hash, width: row.width, height: row.height },
      };
    });
  }

  async setPictures(viewer: Viewer, productId: string, pictureIds: string[]) {
    if (!UUID.test(productId)) return ProductNotFoundError.of(productId);
    const result = await transaction(this.em, async (tx) => {
      if (!(await lockProduct(tx, productId))) return ProductNotFoundError.of(productId);
      const current = await picturesOf(tx, [productId]);
      const unknown = pictureIds.find((id) => !current.some((p) => p.id === id));
      if (unknown) return PictureNotFoundError.of(unknown);
      if (new Set(pictureIds).size !== pictureIds.length)
        return PictureNotFoundError.of(pictureIds.find((id, i) => pictureIds.indexOf(id) !== i)!);
      await setPictureOrder(tx, productId, pictureIds);
      await writeAudit(tx, {
        actor: actorName(viewer),
        at: this.clock.now(),
        action: 'picture.order',
        subjectId: productId,
        detail: { before: current.map((p) => p.id), after: pictureIds },
      });
      return productId;
    });
    if (typeof result !== 'string') return result;
    return this.em.findOneOrFail(Product, productId);
  }

  async picturesOf(productIds: readonly string[]): Promise<PictureRow[]> {
    return picturesOf(this.em, productIds);
  }
}
