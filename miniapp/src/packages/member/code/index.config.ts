export default definePageConfig({
  navigationBarTitleText: '会员码',
  navigationBarBackgroundColor: '#0a9d58',
  navigationBarTextStyle: 'white',
  backgroundColor: '#0a9d58',
});
