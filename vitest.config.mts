import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// package.json has no "type": "module", so Vite warns that this ESM config would not load
// natively; it loads fine bundled. Printed once (before this line runs) instead of once per project.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= "true";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The real package throws outside a React server bundle.
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty.ts") },
    ],
  },
  test: {
    environment: "node",
    setupFiles: ["tests/support/setup.ts"],
    clearMocks: true,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup-integration.ts"],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
