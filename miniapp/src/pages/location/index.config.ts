export default definePageConfig({ navigationBarTitleText: '选择所在区域' });
