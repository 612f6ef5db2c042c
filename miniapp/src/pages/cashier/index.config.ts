export default definePageConfig({ navigationBarTitleText: '邻里收银台' });
