// Prints the closing line CI reads: "N passed, N failed" (", N skipped" when any), alone on a line.
import type { Reporter, TestModule } from 'vitest/node';

export default class CiLineReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0, failed = 0, skipped = 0;
    for (const m of modules) {
      let moduleFailed = 0;
      for (const t of m.children.allTests()) {
        const st = t.result().state;
        if (st === 'passed') passed++;
        else if (st === 'failed') moduleFailed++;
        else skipped++;
      }
      // a file that failed outside its tests (a throwing beforeAll, an import error) leaves them
      // skipped or absent: it still counts as a failure
      if (m.state() === 'failed' && moduleFailed === 0) moduleFailed = 1;
      failed += moduleFailed;
    }
    failed += errors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
