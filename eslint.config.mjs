import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * The client's zones (docs/architecture.md, "Client"): the main package
 * (pages, features, components, api) never imports from a subpackage, which
 * loads on demand, and a subpackage never imports from another. What several
 * zones use lives in the main package (`components/Field`, `features/cloud`).
 */
const SUBPACKAGES = ['admin', 'citizen', 'section', 'staff']
const intoSubpackage = { regex: String.raw`(^|/)packages/`, message: 'The main package cannot import a subpackage, which loads on demand; move what is shared to components/ or features/.' }
const intoOtherSubpackage = (own) => ({
  regex: String.raw`(^|/)packages/(?!${own}/)|^(\.\./)+(${SUBPACKAGES.filter((p) => p !== own).join('|')})/`,
  message: 'A subpackage cannot import another; move what both use to components/ or features/.',
})

export default tseslint.config(
  {
    ignores: ['node_modules/', 'client/dist/', 'cloudfunctions/*/index.js', '.data/', 'coverage/', '**/fixtures/**/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, defineAppConfig: 'readonly', definePageConfig: 'readonly' } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['client/src/*.{ts,tsx}', 'client/src/{api,components,features,pages}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoSubpackage] }] },
  },
  ...SUBPACKAGES.map((own) => ({
    files: [`client/src/packages/${own}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoOtherSubpackage(own)] }] },
  })),
  {
    files: ['**/*.cjs', 'babel.config.js', 'client/babel.config.js', 'jest*.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'test/**'],
    languageOptions: { globals: { ...globals.jest } },
  },
)
