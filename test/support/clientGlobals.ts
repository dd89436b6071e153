// Build-time constants that Taro's defineConstants sets in real bundles.
Object.assign(globalThis, { __API_MODE__: 'gateway', __CLOUD_ENV__: '' })
