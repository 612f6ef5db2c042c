// Reading the catalog.
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { Category, Product } from './catalog.entity';
import type { ProductListArgs } from './catalog.types';

export class CatalogService {
  constructor(private readonly em: EntityManager) {}

  categories(): Promise<Category[]> {
    return this.em.find(Category, {}, { orderBy: { code: 'asc' } });
  }

  async products(args: ProductListArgs): Promise<Page<Product>> {
    const after = decodeCursor(args.after, isKeyCursor);
    const rows = await this.em.find(
      Product,
      { ...(args.categoryId ? { categoryId: args.categoryId } : {}), ...(after ? { code: { $gt: after.k } } : {}) },
      { orderBy: { code: 'asc' }, limit: args.first + 1 },
    );
    return toPage(rows, args.first, (p) => ({ k: p.code }));
  }
}
