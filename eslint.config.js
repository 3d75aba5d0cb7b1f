// ESLint for the whole repository: typescript-eslint's recommended rules, React's hooks rules in the app,
// and the layers: a lower layer never imports a higher one (test/layers.test.ts proves each rule bites).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** `no-restricted-imports` with these groups of import paths, each with why it is refused. */
const refuse = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((g) => (Array.isArray(g) ? { group: g[0], message: g[1] } : g)) }],
});
const WEB = [['**/web/**'], 'The engine and the forms are below HTTP: they never import web/.'];
const SERVICES = [
  ['**/usecases/**', '!**/usecases/context*', '**/policy/**'],
  'The runtime and the store are below the services: they never import use cases or the policy.',
];
const RUNTIME = [
  ['**/runtime/**', '**/timers/**', '**/extensions/**'],
  'The store is below the runtime: adapters never import the engine that uses them.',
];
const SERVER = {
  regex: String.raw`^(\.\./)+(engine/(?!roles$|runtime/validateModel$|runtime/moddleElement$|runtime/helsinki$)|web/(?!app/))`,
  message:
    'The app reaches the server only over HTTP; it shares only types and pure code (the roles, the deployment checks, Helsinki time).',
};

export const layers = [
  { files: ['engine/**/*.ts', 'forms/**/*.ts'], rules: refuse(WEB) },
  { files: ['engine/runtime/**/*.ts', 'engine/timers/**/*.ts'], rules: refuse(WEB, SERVICES) },
  { files: ['engine/store/**/*.ts'], rules: refuse(WEB, SERVICES, RUNTIME) },
  // The app may share the server's types (erased at build), never its code.
  {
    files: ['web/app/src/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ ...SERVER, allowTypeImports: true }] }] },
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.tmp/', 'web/app/src/generated/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests and adapters read untyped JSON; `any` there is deliberate and local.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['web/app/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layers,
);
