// Jest runs in native ESM mode (NODE_OPTIONS=--experimental-vm-modules, see package.json):
// CommonJS mode cannot load PGlite, the ESM Prisma client or @react-pdf/renderer (STACK.md).
// Plain JS config because a jest.config.ts would need ts-node, which this stack does not carry.
// ts-jest transpiles file by file (tsconfig has isolatedModules), so type errors are left to
// `npm run typecheck` and tests start fast.

/** @type {import('ts-jest').TsJestTransformerOptions} */
const tsJestOptions = { useESM: true };

/** @type {import('jest').Config} */
const shared = {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", tsJestOptions] },
  moduleNameMapper: {
    // Server files start with `import "server-only"`, which throws outside a React Server build.
    "^server-only$": "<rootDir>/tests/fixtures/server-only-stub.ts",
    "^@/(.*)$": "<rootDir>/$1",
    // ESM-style `./x.js` imports of TypeScript sources resolve to `./x.ts`.
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  // Tests run on the demo stand-ins (DEMO_STANDINS=true), like `npm run demo`.
  setupFiles: ["<rootDir>/tests/fixtures/demo-standins.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/.next/"],
  modulePathIgnorePatterns: ["<rootDir>/.next/"],
};

/** @type {import('jest').Config} */
const config = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"],
    },
    {
      ...shared,
      displayName: "integration",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts?(x)"],
      // jest-circus 30 reads only the global testTimeout, so the setup file is what takes effect;
      // the option stays here in case a later jest honours it per project.
      testTimeout: 60000,
      setupFilesAfterEnv: ["<rootDir>/tests/fixtures/integration-setup.ts"],
    },
  ],
};

export default config;
