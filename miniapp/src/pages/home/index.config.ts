export default definePageConfig({ navigationBarTitleText: '邻里', enableShareAppMessage: true });
