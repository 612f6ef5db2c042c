// Taro build settings for both targets (weapp, h5). The API address of the weapp build comes from
// TARO_APP_API_URL at build time; h5 is served by the API under /m/ and talks to its own origin.
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { needsUrlCheckOff, weappApiUrl } from './weapp-api';

// npm workspaces hoist most of Taro to the root but may nest a package in miniapp/node_modules; Taro's own
// packages must still find it from the root.
const ownModules = path.resolve(__dirname, '..', 'node_modules');
const findNested = (chain: { resolve: { modules: { add(p: string): unknown } } }) => {
  chain.resolve.modules.add('node_modules');
  chain.resolve.modules.add(ownModules);
};

export default defineConfig<'webpack5'>(async (merge) => {
  const apiUrl = weappApiUrl();
  const weapp = process.env.TARO_ENV === 'weapp';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli-miniapp',
    date: '2026-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      LINLI_API_URL: JSON.stringify(apiUrl),
      LINLI_SUBSCRIBE_TEMPLATES: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''),
      LINLI_COUPON_EXPIRY_TEMPLATE: JSON.stringify(process.env.TARO_APP_COUPON_EXPIRY_TEMPLATE ?? ''),
    },
    // The map marker is referenced from JSX, which the bundler does not follow; the h5 favicon is named in
    // index.html, which it does not follow either. A build for an HTTP API (development) tells DevTools not to
    // check request domains (see weapp-api.ts).
    copy: {
      patterns: weapp
        ? [
            { from: 'src/assets/map/', to: 'dist/weapp/assets/map/' },
            ...(needsUrlCheckOff(apiUrl)
              ? [{ from: 'config/project.private.dev.json', to: 'dist/weapp/project.private.config.json' }]
              : []),
          ]
        : [{ from: 'src/assets/favicon.ico', to: 'dist/h5/favicon.ico' }],
      options: {},
    },
    // h5: a second compress pass (Taro's own options kept) takes 3.7 KB off the initial bundle, which had reached its
    // 150 KB budget (scripts/budgets.mjs). The weapp build keeps Taro's defaults: its main package gained 0.3 KB.
    ...(weapp ? {} : { terser: { enable: true, config: { compress: { passes: 2 } } } }),
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain: findNested,
    },
    h5: {
      publicPath: '/m/',
      staticDirectory: 'static',
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      router: { mode: 'hash' },
      webpackChain: findNested,
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
