import { defineConfig } from "vitest/config";

// These tests run the built command as a process, often with Chromium; under a loaded 2-core CI
// machine a single case can take several seconds.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/yield-between-tests.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
