export default definePageConfig({ navigationBarTitleText: '分享商品', enableShareAppMessage: true });
