// HTTP for a store's stock sheet (CSV or .xlsx, ?format=xlsx for downloads): its template, the export, and the import (the file as the body;
// ?applyValidRows=1 applies the good rows of a sheet with bad ones). HQ for any store, a clerk for their own.
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import type { Clock } from '../../common/clock';
import { UUID } from '../../common/sql';
import type { Viewer } from '../../common/viewer';
import { canManageStore } from '../auth/store-access';
import { receiveSheet, sendSheet } from '../catalog/http-files';
import { storeIdExists } from './stock-import.repository';
import { StockImportService } from './stock-import.service';

const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export interface StockImportRouteDeps {
  orm: MikroORM;
  clock: Clock;
  viewerOf: (req: Request, em: EntityManager) => Promise<Viewer | undefined>;
}

export function mountStockImportRoutes(app: Express, deps: StockImportRouteDeps): void {
  const em = () => deps.orm.em.fork() as EntityManager;
  /** The caller if they may manage the store named in the path; otherwise the answer is sent and null returned. */
  const allowed = async (req: Request, res: Response): Promise<Viewer | null> => {
    const viewer = await deps.viewerOf(req, em());
    const storeId = String(req.params.storeId);
    if (!viewer || viewer.role === null) res.status(401).json({ errorCode: 'UNAUTHENTICATED', message: '请先登录' });
    else if (!canManageStore(viewer, storeId)) res.status(403).json({ errorCode: 'FORBIDDEN', message: '只能导入、导出本店的库存' });
    else if (!UUID.test(storeId) || !(await storeIdExists(em(), storeId)))
      res.status(404).json({ errorCode: 'STORE_NOT_FOUND', message: '没有这个门店' });
    else return viewer;
    return null;
  };

  app.get('/stores/:storeId/stock/template', async (req, res, next) => {
    try {
      if (await allowed(req, res)) await sendSheet(req, res, '库存导入模板', new StockImportService(em(), deps.clock).template());
    } catch (err) {
      next(err);
    }
  });

  app.get('/stores/:storeId/stock/export', async (req, res, next) => {
    try {
      if (await allowed(req, res))
        await sendSheet(req, res, '库存', await new StockImportService(em(), deps.clock).exportStock(String(req.params.storeId)));
    } catch (err) {
      next(err);
    }
  });

  app.post('/stores/:storeId/stock/import', async (req, res, next) => {
    try {
      const viewer = await allowed(req, res);
      if (!viewer) return;
      const table = await receiveSheet(req, res, MAX_SHEET_BYTES);
      if (!table) return;
      const service = new StockImportService(em(), deps.clock);
      const out = await service.importStock(viewer, String(req.params.storeId), table, req.query.applyValidRows === '1');
      if ('fatal' in out) res.status(422).json({ errorCode: 'BAD_SHEET', message: out.fatal });
      else res.status(out.errors.length && !out.applied ? 422 : 200).json(out);
    } catch (err) {
      next(err);
    }
  });
}
