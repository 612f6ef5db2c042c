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

/** The clerk's WeChat link page (packages/promoter/link). */
export const linkWords = {
  linking: '正在关联…',
  linked: '已关联店员身份',
  linkedHint: '现在你在小程序里分享商品，顾客下单即算你的导购业绩；佣金结算后可在推广中心提现。',
  toCentre: '去推广中心',
  taken: '这个微信已关联其他店员，请换一个微信扫码',
  expired: '关联码已过期，请在店员端重新生成',
  invalid: '关联码无效，请在店员端重新生成',
  noCode: '没有关联码，请扫店员端的二维码',
  network: '网络不好，请稍后再扫一次',
  asClerk: '你是门店导购：分享的商品和小程序码都算你的导购业绩',
};
