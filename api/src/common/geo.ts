// Points at the API edge always name their coordinate system; the database holds WGS-84 only.
import { fromWgs84, toWgs84, type CoordSystem, type LatLng } from '@linli/geo-data';
import { Max, Min } from 'class-validator';
import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum CoordinateSystem {
  WGS84 = 'WGS84',
  GCJ02 = 'GCJ02',
}
registerEnumType(CoordinateSystem, {
  name: 'CoordinateSystem',
  description: 'WGS84: GPS and OpenStreetMap. GCJ02: Chinese maps, wx.getLocation({type: "gcj02"}), map pickers.',
});

@InputType({ description: 'A point on Earth in the named coordinate system' })
export class GeoPointInput {
  @Field(() => Float)
  @Min(-90)
  @Max(90)
  lat!: number;

  @Field(() => Float)
  @Min(-180)
  @Max(180)
  lng!: number;

  @Field(() => CoordinateSystem)
  system!: CoordinateSystem;
}

@ObjectType()
export class GeoPoint {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field(() => CoordinateSystem) system!: CoordinateSystem;
}

export function toCanonical(point: GeoPointInput): LatLng {
  return toWgs84({ lat: point.lat, lng: point.lng }, point.system as CoordSystem);
}

export function fromCanonical(point: LatLng, system: CoordinateSystem): GeoPoint {
  const p = fromWgs84(point, system as CoordSystem);
  return Object.assign(new GeoPoint(), { lat: round6(p.lat), lng: round6(p.lng), system });
}

/** EWKT for binding a WGS-84 point as a geography parameter. */
export function ewktPoint(p: LatLng): string {
  return `SRID=4326;POINT(${p.lng} ${p.lat})`;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
