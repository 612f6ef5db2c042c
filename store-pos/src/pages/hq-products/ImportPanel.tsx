// 导入/导出 on the 商品 screen: the catalog's template, export and import (products, SKUs, prices).
import { SheetImport, type SheetReport } from '../../components/hq/SheetImport';
import { hq } from '../../hq-strings';

interface CatalogReport extends SheetReport {
  productsCreated: number;
  productsUpdated: number;
  skusCreated: number;
  skusUpdated: number;
}

export function ImportPanel({ onImported }: { onImported: () => void }) {
  return (
    <SheetImport<CatalogReport>
      testId="catalog-import"
      summary={hq.sheet.title}
      template={{ path: '/catalog/import/products/template', name: '商品导入模板' }}
      exported={{ path: '/catalog/export/products', name: '商品', label: '导出商品' }}
      importPath="/catalog/import/products"
      appliedText={(r) =>
        `已导入：新建商品 ${r.productsCreated}、更新商品 ${r.productsUpdated}、新建 SKU ${r.skusCreated}、更新 SKU ${r.skusUpdated}`
      }
      onImported={onImported}
    />
  );
}
