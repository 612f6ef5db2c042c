import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clusterFilter, clusterOfId, clusterOfTradeNo, newClusterId } from './cluster';
import { UUID } from './sql';

describe('the cluster in ids and trade numbers', () => {
  it('round-trips through a new id, which is still a UUID', () => {
    for (const code of ['SH', 'HZ', 'ZZ']) {
      const id = newClusterId(code);
      expect(id).toMatch(UUID);
      expect(id.startsWith(Buffer.from(code).toString('hex'))).toBe(true);
      expect(clusterOfId(id)).toBe(code);
    }
    expect(new Set(Array.from({ length: 1000 }, () => newClusterId('SH'))).size).toBe(1000);
  });

  it('finds none in the ids made before the key, nor in old trade numbers', () => {
    for (let i = 0; i < 1000; i++) expect(clusterOfId(randomUUID())).toBeUndefined();
    expect(clusterOfTradeNo('LL261206ABCDEFGHJKLMNPQRST')).toBeUndefined();
    expect(clusterOfTradeNo('HZ261206ABCDEFGHJKLMNPQRST')).toBe('HZ');
    expect(() => newClusterId('sh')).toThrow();
  });

  it('filters ORM reads on the clusters ids name, and on none when one id names none', () => {
    const [sh, sh2, hz] = [newClusterId('SH'), newClusterId('SH'), newClusterId('HZ')];
    expect(clusterFilter([sh, sh2])).toEqual({ clusterId: 'SH' });
    expect(clusterFilter([sh, hz])).toEqual({ clusterId: { $in: ['SH', 'HZ'] } });
    // An id made before the key may be in any cluster: filtering on the others' would lose its rows.
    expect(clusterFilter([sh, randomUUID()])).toEqual({});
    expect(clusterFilter([])).toEqual({});
  });
});
