export default definePageConfig({
  navigationBarTitleText: '邻里拼团',
  navigationBarBackgroundColor: '#e8402c',
  navigationBarTextStyle: 'white',
  backgroundColor: '#f5f6f7',
  enableShareAppMessage: true,
});
