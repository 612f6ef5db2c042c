export default definePageConfig({
  navigationBarTitleText: '限时秒杀',
  navigationBarBackgroundColor: '#e8402c',
  navigationBarTextStyle: 'white',
  backgroundColor: '#f5f6f7',
});
