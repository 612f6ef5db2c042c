// SQL of product pictures: the rows that place stored pictures on products, in order.
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, query } from '../../common/sql';

export interface PictureRow {
  id: string;
  product_id: string;
  position: number;
  hash: string;
  format: string;
  width: number;
  height: number;
}

/** The product, locked so two uploads cannot both take the ninth place; undefined when there is none. */
export async function lockProduct(em: EntityManager, productId: string): Promise<{ id: string } | undefined> {
  const [row] = await query<{ id: string }>(em, `SELECT id FROM product WHERE id = :id::uuid FOR UPDATE`, { id: productId });
  return row;
}

export async function picturesOf(em: EntityManager, productIds: readonly string[]): Promise<PictureRow[]> {
  return query<PictureRow>(
    em,
    `SELECT id, product_id, position, hash, format, width, height FROM product_picture
     WHERE product_id = ANY(:ids::uuid[]) ORDER BY product_id, position`,
    { ids: pgArray(productIds) },
  );
}

/** Appends the picture (or finds it: the same file twice is one picture). */
export async function addPicture(
  em: EntityManager,
  p: { productId: string; hash: string; format: string; width: number; height: number },
): Promise<{ row: PictureRow; added: boolean }> {
  const [row] = await query<PictureRow & { added: boolean }>(
    em,
    `WITH ins AS (
       INSERT INTO product_picture (id, product_id, position, hash, format, width, height)
       SELECT gen_random_uuid(), :product::uuid,
              coalesce((SELECT max(position) + 1 FROM product_picture WHERE product_id = :product::uuid), 0),
              :hash::text, :format::text, :width::int, :height::int
       ON CONFLICT (product_id, hash) DO NOTHING
       RETURNING id, product_id, position, hash, format, width, height)
     SELECT *, true AS added FROM ins
     UNION ALL
     SELECT id, product_id, position, hash, format, width, height, false FROM product_picture
     WHERE product_id = :product::uuid AND hash = :hash::text AND NOT EXISTS (SELECT 1 FROM ins)`,
    { product: p.productId, hash: p.hash, format: p.format, width: p.width, height: p.height },
  );
  const { added, ...picture } = row!;
  return { row: picture, added };
}

/** The product's pictures become exactly these, in this order; the others are removed (their files stay). */
export async function setPictureOrder(em: EntityManager, productId: string, pictureIds: string[]): Promise<void> {
  await query(em, `DELETE FROM product_picture WHERE product_id = :product::uuid AND id <> ALL(:ids::uuid[])`, {
    product: productId,
    ids: pgArray(pictureIds),
  });
  await query(
    em,
    `UPDATE product_picture pp SET position = o.position - 1
     FROM unnest(:ids::uuid[]) WITH ORDINALITY AS o(id, position)
     WHERE pp.id = o.id AND pp.product_id = :product::uuid`,
    { product: productId, ids: pgArray(pictureIds) },
  );
}
