/**
 * One jest run, five projects: pure rules and server units (node), screens (jsdom),
 * API integration over real HTTP on SQLite and PostgreSQL, the H5 build in Chromium,
 * and the weapp build under miniprogram-simulate.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
];
const transform = { '^.+\\.(t|j)sx?$': swc, '^.+\\.m?js$': swc };
const esmPackages = ['@tarojs', '@stencil', 'swiper', 'ssr-window', 'dom7', 'tslib', '\\.pnpm'];
const taroGlobals = {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  SUPPORT_TARO_POLYFILL: 'disabled',
  DEPRECATED_ADAPTER_COMPONENT: false,
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
      testMatch: ['<rootDir>/src/domain/**/*.test.ts', '<rootDir>/server/**/*.test.ts', '<rootDir>/cloudfunctions/**/*.test.ts'],
    },
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      transform,
      transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')}))`],
      globals: taroGlobals,
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/tests/doubles/taro.ts',
        '\\.(css|scss|sass|less)$': 'identity-obj-proxy',
        '^@/(.*)$': '<rootDir>/src/$1',
      },
      setupFilesAfterEnv: ['<rootDir>/tests/setup/component.ts'],
      testMatch: ['<rootDir>/src/**/*.test.tsx'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform,
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
    },
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      transform,
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
    },
  ],
};
