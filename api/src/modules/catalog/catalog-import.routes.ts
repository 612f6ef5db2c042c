// HTTP for the catalog sheet (CSV or .xlsx, ?format=xlsx for downloads): HQ downloads the template, exports the catalog, and uploads a sheet (the file
// as the body; ?applyValidRows=1 applies the good rows of a sheet that has bad ones).
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import type { Clock } from '../../common/clock';
import { Role, type Viewer } from '../../common/viewer';
import { CatalogImportService } from './catalog-import.service';
import { receiveSheet, sendSheet } from './http-files';

/** 10,000 rows of the sheet are about 1 MB; room for long names. */
const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export interface CatalogImportRouteDeps {
  orm: MikroORM;
  clock: Clock;
  viewerOf: (req: Request, em: EntityManager) => Promise<Viewer | undefined>;
}

export function mountCatalogImportRoutes(app: Express, deps: CatalogImportRouteDeps): void {
  const service = () => new CatalogImportService(deps.orm.em.fork() as EntityManager, deps.clock);
  const hqOnly = async (req: Request, res: Response): Promise<Viewer | null> => {
    const viewer = await deps.viewerOf(req, deps.orm.em.fork() as EntityManager);
    if (!viewer || viewer.role === null) {
      res.status(401).json({ errorCode: 'UNAUTHENTICATED', message: '请先登录' });
      return null;
    }
    if (viewer.role !== Role.HQ_ADMIN) {
      res.status(403).json({ errorCode: 'FORBIDDEN', message: '只有总部可以导入、导出商品' });
      return null;
    }
    return viewer;
  };

  app.get('/catalog/import/products/template', async (req, res, next) => {
    try {
      if (await hqOnly(req, res)) await sendSheet(req, res, '商品导入模板', service().template());
    } catch (err) {
      next(err);
    }
  });

  app.get('/catalog/export/products', async (req, res, next) => {
    try {
      if (await hqOnly(req, res)) await sendSheet(req, res, '商品', await service().exportCatalog());
    } catch (err) {
      next(err);
    }
  });

  app.post('/catalog/import/products', async (req, res, next) => {
    try {
      const viewer = await hqOnly(req, res);
      if (!viewer) return;
      const table = await receiveSheet(req, res, MAX_SHEET_BYTES);
      if (!table) return;
      const out = await service().importProducts(viewer, table, req.query.applyValidRows === '1');
      if ('fatal' in out) res.status(422).json({ errorCode: 'BAD_SHEET', message: out.fatal });
      else res.status(out.errors.length && !out.applied ? 422 : 200).json(out);
    } catch (err) {
      next(err);
    }
  });
}
