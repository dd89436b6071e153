import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'

const root = path.resolve(__dirname, '..', '..')
const sharedDir = path.join(root, 'shared')

/**
 * One config for both targets. `TARO_ENV` is `weapp` or `h5`; each build
 * writes to `client/dist/<target>` so the two never overwrite each other
 * (`CLIENT_DIST=/some/dir` moves both, for builds side by side).
 * `shared/` lives outside `client/`, so it is aliased and compiled explicitly.
 */
export default defineConfig<'webpack5'>(async (merge) => {
  const target = process.env.TARO_ENV ?? 'weapp'
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'yiyuan-yuyue-wuxiu',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.CLIENT_DIST ? path.join(path.resolve(root, process.env.CLIENT_DIST), target) : `dist/${target}`,
    plugins: [],
    // Every build-time constant is defined here: an undefined process.env.X
    // survives into the weapp bundle and throws on a phone (docs/toolchain.md).
    defineConstants: {
      __API_MODE__: JSON.stringify(target === 'h5' ? 'gateway' : 'cloud'),
      __CLOUD_ENV__: JSON.stringify(process.env.CLOUD_ENV_ID ?? ''),
    },
    alias: { '@shared': sharedDir },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: { include: [sharedDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: { include: [sharedDir] },
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: { autoprefixer: { enable: true, config: {} }, cssModules: { enable: false } },
    },
  }
  return merge({}, base, process.env.NODE_ENV === 'development' ? { mini: {}, h5: {} } : {})
})
