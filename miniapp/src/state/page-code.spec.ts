import { describe, expect, it } from 'vitest';
import { isPageCodeFailure } from './page-code';

describe('a page whose code did not download', () => {
  it("is told from other rejections by webpack's error or the browser's import() failure", () => {
    const chunk = Object.assign(new Error('Loading chunk 599 failed.\n(missing: http://x/m/js/599.b5cb54fb.js)'), {
      name: 'ChunkLoadError',
    });
    expect(isPageCodeFailure(chunk)).toBe(true);
    expect(isPageCodeFailure(new Error('Loading CSS chunk 12 failed.'))).toBe(true);
    expect(isPageCodeFailure(new TypeError('Failed to fetch dynamically imported module: http://x/m/js/a.js'))).toBe(true);
    expect(isPageCodeFailure(new Error('GraphQL error'))).toBe(false);
    expect(isPageCodeFailure('Loading chunk 1 failed')).toBe(false);
    expect(isPageCodeFailure(null)).toBe(false);
  });
});
