// The mini-program code's scene: fits WeChat's 32 characters and its alphabet, and parses back to what was shared.
import { describe, expect, it } from 'vitest';
import { parseScene, SCENE_MAX, scenePage, shareScene } from './share-scene';

describe('share scene', () => {
  it('round-trips a product and a store share within 32 of the allowed characters', () => {
    for (const target of [
      { kind: 'PRODUCT', productCode: 'P-0001' },
      { kind: 'STORE', storeCode: 'SH-001' },
      { kind: 'PRODUCT', productCode: 'A'.repeat(19) },
    ] as const) {
      const scene = shareScene('abcdefghij', target)!;
      expect(scene.length).toBeLessThanOrEqual(SCENE_MAX);
      expect(scene).toMatch(/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/);
      expect(parseScene(decodeURIComponent(encodeURIComponent(scene)))).toEqual({ promoterCode: 'abcdefghij', target });
    }
    expect(scenePage({ kind: 'PRODUCT', productCode: 'P-0001' })).toBe('packages/promoter/open/index');
  });

  it('refuses what cannot fit or is not ours', () => {
    expect(shareScene('abcdefghij', { kind: 'PRODUCT', productCode: 'A'.repeat(20) })).toBeNull();
    expect(shareScene('abcdefghij', { kind: 'PRODUCT', productCode: '奶茶' })).toBeNull();
    expect(shareScene('ABC', { kind: 'STORE', storeCode: 'SH-001' })).toBeNull();
    expect(parseScene('abcdefghij')).toEqual({ promoterCode: 'abcdefghij', target: null });
    for (const bad of ['abcdefghij.x.P-1', 'abcdefghij.p.', 'abcdefghij.p.P.1', 'SH-001', 'a'.repeat(33)])
      expect(parseScene(bad)).toBeNull();
  });
});
