// The scene of a promoter's mini-program code (getwxacodeunlimit): the promoter's code and what is shared, in at
// most 32 of WeChat's scene characters. `<code>.p.<product code>` opens a product, `<code>.s.<store code>` the
// store; a bare `<code>` (older codes) only binds. WeChat hands the page the scene URL-encoded (options.scene):
// decode before parsing. The mini-program parses the same format (miniapp/src/lib/share-scene.ts).

export type ShareTarget = { kind: 'PRODUCT'; productCode: string } | { kind: 'STORE'; storeCode: string };

/** WeChat's limit on a scene: 32 visible characters of [0-9A-Za-z] and !#$&'()*+,/:;=?@-._~. */
export const SCENE_MAX = 32;
const PROMOTER_CODE = /^[a-z0-9]{4,16}$/;
const TARGET_CODE = /^[0-9A-Za-z_-]+$/;

/** The scene for a share, or null when it cannot fit (a target code too long or with other characters). */
export function shareScene(promoterCode: string, target: ShareTarget): string | null {
  const code = target.kind === 'PRODUCT' ? target.productCode : target.storeCode;
  if (!PROMOTER_CODE.test(promoterCode) || !TARGET_CODE.test(code)) return null;
  const scene = `${promoterCode}.${target.kind === 'PRODUCT' ? 'p' : 's'}.${code}`;
  return scene.length <= SCENE_MAX ? scene : null;
}

export function parseScene(scene: string): { promoterCode: string; target: ShareTarget | null } | null {
  if (scene.length > SCENE_MAX) return null;
  const [promoterCode = '', kind, code = '', ...rest] = scene.split('.');
  if (!PROMOTER_CODE.test(promoterCode) || rest.length) return null;
  if (kind === undefined) return { promoterCode, target: null };
  if (!TARGET_CODE.test(code)) return null;
  if (kind === 'p') return { promoterCode, target: { kind: 'PRODUCT', productCode: code } };
  if (kind === 's') return { promoterCode, target: { kind: 'STORE', storeCode: code } };
  return null;
}

/**
 * The page a code opens: the promoter subpackage's opener, which binds the buyer and goes on to the product or the
 * store (so the main package carries none of it).
 */
export function scenePage(_target: ShareTarget): string {
  return 'packages/promoter/open/index';
}
