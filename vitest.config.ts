import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A guard against a hang, not a time limit: no test asserts how fast anything is (npm run bench measures that).
    testTimeout: 600_000,
  },
})
