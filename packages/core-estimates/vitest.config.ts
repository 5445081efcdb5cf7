import { defineConfig } from "vitest/config";

// Property tests run hundreds of estimates; on a loaded 2-core CI machine that can pass 5 s.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 },
});
