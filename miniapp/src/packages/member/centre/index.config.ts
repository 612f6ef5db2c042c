export default definePageConfig({
  navigationBarTitleText: '会员中心',
  navigationBarBackgroundColor: '#0a9d58',
  navigationBarTextStyle: 'white',
});
