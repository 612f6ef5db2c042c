export default definePageConfig({ navigationBarTitleText: '关联店员身份' });
