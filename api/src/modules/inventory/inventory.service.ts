// Clerks' and HQ's stock adjustments, and reading stock and its journal.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { UUID } from '../../common/sql';
import { assertCanManageStore } from '../auth/store-access';
import { actorName, type Viewer } from '../../common/viewer';
import { Sku } from '../catalog/catalog.entity';
import { StoreNotFoundError } from '../store/store.errors';
import { clusterOfStore } from '../store/store-cluster';
import { InsufficientStockError, UnknownSkuError } from './inventory.errors';
import { StockMovement, StoreStock } from './inventory.entity';
import { applyStockChange, availableUnits } from './inventory.repository';
import type { AdjustStockInput, StockMovementArgs, StoreStockArgs } from './inventory.types';

export class InventoryService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async adjustStock(viewer: Viewer, input: AdjustStockInput) {
    assertCanManageStore(viewer, input.storeId);
    // The cluster's lookup is the store's existence check too (it is kept, so a store's second edit reads nothing).
    const cluster = UUID.test(input.storeId) ? await clusterOfStore(this.em, input.storeId) : undefined;
    if (!cluster) return StoreNotFoundError.of(input.storeId);
    if (!UUID.test(input.skuId) || !(await this.em.count(Sku, { id: input.skuId }))) return UnknownSkuError.of([input.skuId]);
    const row = await applyStockChange(this.em, {
      clusterId: cluster,
      storeId: input.storeId,
      skuId: input.skuId,
      delta: input.delta,
      reason: input.reason,
      note: input.note,
      actor: actorName(viewer),
      at: this.clock.now(),
    });
    if (!row) return InsufficientStockError.of(input.skuId, await availableUnits(this.em, cluster, input.storeId, input.skuId));
    return Object.assign(new StoreStock(), { storeId: input.storeId, skuId: input.skuId, ...row, updatedAt: new Date() });
  }

  async listStock(viewer: Viewer, args: StoreStockArgs): Promise<Page<StoreStock>> {
    assertCanManageStore(viewer, args.storeId);
    if (!UUID.test(args.storeId)) throw badUserInput('storeId is not a store id', 'storeId');
    const after = decodeCursor(args.after, isKeyCursor);
    const cluster = await clusterOfStore(this.em, args.storeId);
    if (!cluster) return toPage([], args.first, (s: StoreStock) => ({ k: s.skuId }));
    const rows = await this.em.find(
      StoreStock,
      { clusterId: cluster, storeId: args.storeId, ...(after ? { skuId: { $gt: after.k } } : {}) },
      { orderBy: { skuId: 'asc' }, limit: args.first + 1 },
    );
    return toPage(rows, args.first, (s) => ({ k: s.skuId }));
  }

  async listMovements(viewer: Viewer, args: StockMovementArgs): Promise<Page<StockMovement>> {
    assertCanManageStore(viewer, args.storeId);
    if (!UUID.test(args.storeId) || (args.skuId && !UUID.test(args.skuId))) throw badUserInput('storeId or skuId is not an id', 'storeId');
    const after = decodeCursor(args.after, isKeyCursor);
    const [afterTime, afterId] = after ? after.k.split('|') : [];
    const cluster = await clusterOfStore(this.em, args.storeId);
    if (!cluster) return toPage([], args.first, (m: StockMovement) => ({ k: m.id }));
    const rows = await this.em.find(
      StockMovement,
      {
        clusterId: cluster,
        storeId: args.storeId,
        ...(args.skuId ? { skuId: args.skuId } : {}),
        ...(afterTime && afterId
          ? { $or: [{ createdAt: { $lt: new Date(afterTime) } }, { createdAt: new Date(afterTime), id: { $lt: afterId } }] }
          : {}),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: args.first + 1 },
    );
    return toPage(rows, args.first, (m) => ({ k: `${m.createdAt.toISOString()}|${m.id}` }));
  }
}
