// Shapes of the demo data files; the API imports these names, so keep them stable.

export type CoordSystem = 'WGS84' | 'GCJ02';

export interface LatLng {
  lat: number;
  lng: number;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. Times 'HH:MM' local to the store; closes <= opens means the span runs past midnight into the next day; closes may be '24:00'. */
export interface WeeklyHours {
  weekday: number;
  opens: string;
  closes: string;
}

/** A date-specific override in the store's local calendar: closed all day, or special hours. */
export interface HoursException {
  date: string /* YYYY-MM-DD */;
  closed: boolean;
  opens?: string;
  closes?: string;
  note?: string;
}

export type StoreStatus = 'ACTIVE' | 'PAUSED' | 'CLOSED';

export type Capability = 'PICKUP' | 'DELIVERY';

export interface StoreProperties {
  code: string;
  name: string;
  city: string;
  address: string;
  phone?: string;
  /** IANA, e.g. 'Asia/Shanghai' */
  timeZone: string;
  status: StoreStatus;
  capabilities: Capability[];
  hours: WeeklyHours[];
  exceptions: HoursException[];
  /** WGS-84, RFC 7946 (lng, lat order) */
  deliveryZone?: GeoJsonPolygon | GeoJsonMultiPolygon;
  /** Alternative to deliveryZone: a circle around the store, in metres. */
  deliveryRadiusM?: number;
}

export interface GeoJsonPoint {
  type: 'Point';
  coordinates: [number, number];
}

export interface GeoJsonPolygon {
  type: 'Polygon';
  coordinates: number[][][];
}

export interface GeoJsonMultiPolygon {
  type: 'MultiPolygon';
  coordinates: number[][][][];
}

export interface StoreFeature {
  type: 'Feature';
  geometry: GeoJsonPoint;
  properties: StoreProperties;
}

export interface StoreNetwork {
  type: 'FeatureCollection';
  features: StoreFeature[];
}

export interface CatalogCategory {
  code: string;
  name: string;
}

export interface CatalogSku {
  code: string;
  attributes: Record<string, string>;
  priceFen: number;
}

export interface CatalogProduct {
  code: string;
  name: string;
  categoryCode: string;
  description: string;
  specs: { name: string; values: string[] }[];
  skus: CatalogSku[];
}

export interface Catalog {
  categories: CatalogCategory[];
  products: CatalogProduct[];
}

export interface StockLevel {
  storeCode: string;
  skuCode: string;
  onHand: number;
}
