// The map's base tiles: a ready preset (AMap, Tencent, GeoQ, OpenStreetMap), none, or a tile URL typed in; kept
// in this browser. GCJ-02 services are drawn with converted coordinates (geo.ts).
import { useState } from 'react';
import { hq } from '../../hq-strings';
import { BASEMAP_PRESETS, NO_BASEMAP, presetBasemap, writeBasemap, type BasemapSetting, type MapSystem } from './geo';

const s = hq.stores;
const CUSTOM = 'custom';

export function BasemapPicker({ value, onChange }: { value: BasemapSetting; onChange: (next: BasemapSetting) => void }) {
  const [choice, setChoice] = useState(value.url ? value.preset || CUSTOM : '');
  const set = (next: BasemapSetting) => {
    writeBasemap(next);
    onChange(next);
  };
  return (
    <div className={value.url ? 'basemap-bar' : 'basemap-bar basemap-bar-none'}>
      <label>
        {s.basemapPreset}
        <select
          value={choice}
          title={s.basemapHint}
          onChange={(e) => {
            const id = e.target.value;
            setChoice(id);
            if (id === CUSTOM) return;
            set(id ? presetBasemap(id) : NO_BASEMAP);
          }}
        >
          <option value="">{s.basemapNone}</option>
          {BASEMAP_PRESETS.map((p) => (
            <option key={p.preset} value={p.preset}>
              {p.label}（{p.system === 'GCJ02' ? 'GCJ-02' : 'WGS-84'}）
            </option>
          ))}
          <option value={CUSTOM}>{s.basemapCustom}</option>
        </select>
      </label>
      {choice === CUSTOM && (
        <>
          <label>
            {s.basemapUrl}
            <input
              defaultValue={value.preset ? '' : value.url}
              placeholder="https://…/{z}/{x}/{y}.png"
              onBlur={(e) => set({ url: e.target.value.trim(), system: value.system, preset: '' })}
            />
          </label>
          <label>
            {s.basemapSystem}
            <select value={value.system} onChange={(e) => set({ ...value, preset: '', system: e.target.value as MapSystem })}>
              <option value="WGS84">WGS-84（OpenStreetMap 等）</option>
              <option value="GCJ02">GCJ-02（高德、腾讯、GeoQ）</option>
            </select>
          </label>
        </>
      )}
      {!value.url && (
        <span className="basemap-none" role="note" data-testid="no-basemap">
          {s.noBasemap}
        </span>
      )}
    </div>
  );
}
