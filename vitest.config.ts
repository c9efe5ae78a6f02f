import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A guard against a hang, not a time limit: no test asserts how fast anything is (npm run bench measures that).
    testTimeout: 600_000,
    // Messages are pinned in English: a developer's Chinese locale (the CLI's default language follows it) is set
    // aside for the tests, which pass --lang zh where they test Chinese.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
})
