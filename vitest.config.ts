import { defineConfig } from 'vitest/config';

// Two projects: pure-CPU unit tests (parallel), and device tests (WebGPU through Dawn, CUDA where a GPU
// exists) in the forks pool, one file at a time: dawn.node crashes in worker threads.
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/ci-reporter.ts'],
    passWithNoTests: true,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 60_000,
          // set-up hooks load networks (each in a worker thread of its own) and compile them
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'device',
          include: ['test/device/**/*.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
