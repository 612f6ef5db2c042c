// Public surface of @linli/geo-data.
export * from './types';
export { outOfChina, wgs84ToGcj02, gcj02ToWgs84, toWgs84, fromWgs84, geodesicDistanceM } from './coords';
export { mulberry32 } from './prng';
export { loadStoreNetwork, STORES_GEOJSON_PATH } from './network';
export { largeStoreNetwork } from './large-network';
export { loadCatalog, CATALOG_JSON_PATH } from './catalog';
export { demoStock, cityKeyOfStoreCode } from './stock';
