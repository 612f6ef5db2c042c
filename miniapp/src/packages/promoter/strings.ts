// The promoter subpackage's own words: kept out of strings.ts because that file is in the H5 initial bundle, which
// is at its budget (miniapp/scripts/budgets.mjs); shared words still come from strings.ts.
export const shareWords = {
  copyLink: '复制链接',
  copied: '链接已复制，发给朋友吧',
  poster: '生成海报',
  posterHint: '长按识别小程序码，进店购买',
  save: '保存到相册',
  saved: '已保存到相册',
  codeFailed: '小程序码暂时生成不了，请稍后再试',
  opening: '正在打开…',
};
