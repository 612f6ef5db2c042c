// Words only the 拼团 pages use (kept out of the main package, whose H5 initial JS is at its budget); the rest is in
// src/strings.ts under group.
import { t as app } from '../../strings';

export const t = {
  ...app,
  group: {
    ...app.group,
    left: '剩余',
    none: '现在没有拼团活动，晚点再来看看',
    size: (n: number) => `${n}人团`,
    list: '单买价',
    autoForm: '到期自动成团：时间到时已付款满 2 人即成团',
    noAutoForm: '到期未拼满自动全额退款',
    start: '发起拼团',
    join: '参与拼团',
    openGroups: '正在拼的团，可直接参与',
    lacking: (n: number) => `还差 ${n} 人`,
    shareTitle: (price: string, name: string) => `${price} 一起拼 ${name}`,
    copied: '拼团链接已复制，发给好友吧',
    mine: '我的拼团订单',
    pickupAt: '自提门店',
    notFound: '没有找到这个团',
  },
};
