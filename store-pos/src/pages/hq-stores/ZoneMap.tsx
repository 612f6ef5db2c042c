// Stores and their delivery zones on a Leaflet map (SVG; a tile basemap only when one is set), with drawing
// and reshaping of the selected store's zone (geoman) and a click-to-check mode.
import L from 'leaflet';
import '@geoman-io/leaflet-geoman-free';
import 'leaflet/dist/leaflet.css';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { HqMapStoreFieldsFragment } from '../../generated/graphql';
import { convertGeometry, fromMap, toMap, type BasemapSetting } from './geo';

type ZoneGeometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

const STATUS_COLOUR: Record<string, string> = { ACTIVE: '#0b6e4f', PAUSED: '#b26a00', CLOSED: '#8a8f8c' };

export interface ZoneMapHandle {
  /** Starts drawing a new polygon; the drawn shape replaces the pending one. */
  draw(): void;
  /** Makes the selected store's polygon editable. */
  reshape(): void;
  /** The pending shape (drawn or reshaped) as WGS-84 GeoJSON, or null. */
  pendingZone(): ZoneGeometry | null;
  cancel(): void;
}

interface Props {
  stores: HqMapStoreFieldsFragment[];
  selectedId: string | null;
  basemap: BasemapSetting;
  invalid: boolean;
  checking: boolean;
  checkPoint: { lat: number; lng: number } | null;
  onPick: (p: { lat: number; lng: number }) => void;
  onSelect: (id: string) => void;
}

export const ZoneMap = forwardRef<ZoneMapHandle, Props>(function ZoneMap(
  { stores, selectedId, basemap, invalid, checking, checkPoint, onPick, onSelect },
  ref,
) {
  const el = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<L.LayerGroup | null>(null);
  const selectedZone = useRef<L.Polygon | null>(null);
  const pending = useRef<L.Polygon | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  /** What the map last fitted itself to: it moves again only for something else, never for a refresh of the same. */
  const fitted = useRef<string | null>(null);
  const handlers = useRef({ onPick, onSelect, checking });
  handlers.current = { onPick, onSelect, checking };
  const system = basemap.system;

  useEffect(() => {
    const m = L.map(el.current!, { center: [31.23, 121.47], zoom: 11, zoomSnap: 0.25 });
    // Leaflet's default prefix carries a flag; the credit stays, in words.
    m.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    m.pm.setLang('zh');
    if (basemap.url) {
      const options: L.TileLayerOptions = { maxZoom: 18, attribution: basemap.attribution ?? '', className: 'basemap-tiles' };
      if (basemap.subdomains) options.subdomains = basemap.subdomains;
      L.tileLayer(basemap.url, options).addTo(m);
    }
    layers.current = L.layerGroup().addTo(m);
    m.on('pm:create', (e: { layer: L.Layer }) => {
      pending.current?.remove();
      pending.current = e.layer as L.Polygon;
    });
    m.on('click', (e: L.LeafletMouseEvent) => {
      if (handlers.current.checking) handlers.current.onPick(fromMap(e.latlng.lat, e.latlng.lng, system));
    });
    map.current = m;
    fitted.current = null;
    // The browser tests turn map coordinates into screen points through the map itself.
    (window as unknown as { __linliMap?: L.Map }).__linliMap = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, [basemap.url, basemap.subdomains, basemap.attribution, system]);

  // Stores and zones, the selected one on top. The view moves to the selected store when HQ picks one (to the whole
  // list when none is picked, or when a filter changes the list), not when the stores are read again (after a save,
  // a reconnect) or the check mode toggles: HQ may be zoomed in on a zone's edge they are working on.
  useEffect(() => {
    const m = map.current;
    const g = layers.current;
    if (!m || !g) return;
    g.clearLayers();
    selectedZone.current = null;
    let focus: L.LatLngBounds | null = null;
    for (const s of stores) {
      const on = s.id === selectedId;
      const colour = on && invalid ? '#c62828' : (STATUS_COLOUR[s.status] ?? '#0b6e4f');
      const style = { color: colour, weight: on ? 3 : 1, fillOpacity: on ? 0.18 : 0.06, interactive: !checking };
      const at = toMap(s.location.lat, s.location.lng, system);
      let zone: L.Layer | null = null;
      if (s.deliveryZone) {
        const geo = convertGeometry(s.deliveryZone as ZoneGeometry, 'WGS84', system);
        const rings = geo.type === 'Polygon' ? [geo.coordinates] : geo.coordinates;
        const poly = L.polygon(
          rings.map((p) => p.map((ring) => ring.map(([lng, lat]) => [lat!, lng!] as [number, number]))),
          style,
        );
        zone = poly;
        if (on && geo.type === 'Polygon') selectedZone.current = poly;
      } else if (s.deliveryRadiusM) {
        zone = L.circle(at, { ...style, radius: s.deliveryRadiusM });
      }
      if (zone) {
        zone.on('click', () => !handlers.current.checking && !m.pm.globalDrawModeEnabled() && handlers.current.onSelect(s.id));
        g.addLayer(zone);
        if (on) focus = (zone as L.Polygon).getBounds();
      }
      const dot = L.circleMarker(at, {
        radius: on ? 8 : 5,
        color: '#fff',
        weight: 2,
        fillColor: STATUS_COLOUR[s.status] ?? '#0b6e4f',
        fillOpacity: 1,
      });
      dot.bindTooltip(`${s.code} ${s.name}`);
      dot.on('click', () => !handlers.current.checking && !m.pm.globalDrawModeEnabled() && handlers.current.onSelect(s.id));
      g.addLayer(dot);
      if (on && !focus) focus = L.latLngBounds([at, at]).pad(0.02);
    }
    const view = focus ? `store:${selectedId}` : `all:${stores.map((s) => s.id).join(',')}`;
    if (fitted.current === view || !stores.length) return;
    fitted.current = view;
    if (focus) m.fitBounds(focus.pad(0.6), { animate: false });
    else m.fitBounds(L.latLngBounds(stores.map((s) => toMap(s.location.lat, s.location.lng, system))).pad(0.1), { animate: false });
  }, [stores, selectedId, invalid, checking, system]);

  useEffect(() => {
    marker.current?.remove();
    if (checkPoint && map.current)
      marker.current = L.circleMarker(toMap(checkPoint.lat, checkPoint.lng, system), {
        radius: 7,
        color: '#1b1f1d',
        fillColor: '#ffd54f',
        fillOpacity: 1,
      }).addTo(map.current);
  }, [checkPoint, system]);

  useImperativeHandle(ref, () => ({
    draw() {
      pending.current?.remove();
      pending.current = null;
      map.current?.pm.enableDraw('Polygon', {
        snappable: false,
        finishOn: null,
        templineStyle: { color: '#0b6e4f' },
        pathOptions: { color: '#0b6e4f' },
      } as L.PM.DrawModeOptions);
    },
    reshape() {
      const z = selectedZone.current;
      if (!z) return;
      z.pm.enable({ allowSelfIntersection: true });
      pending.current = z;
    },
    pendingZone() {
      const p = pending.current;
      if (!p) return null;
      p.pm?.disable();
      const geo = (p.toGeoJSON() as GeoJSON.Feature<GeoJSON.Polygon>).geometry;
      return convertGeometry({ type: 'Polygon', coordinates: geo.coordinates as number[][][] }, system, 'WGS84');
    },
    cancel() {
      map.current?.pm.disableDraw();
      if (pending.current && pending.current !== selectedZone.current) pending.current.remove();
      pending.current?.pm?.disable();
      pending.current = null;
    },
  }));

  return <div ref={el} className="zone-map" data-testid="zone-map" />;
});
