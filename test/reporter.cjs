// Mocha reporter: the usual spec output, then one closing line "N passed, N failed" for CI.
const Mocha = require('mocha');
const { EVENT_RUN_END } = Mocha.Runner.constants;

class PolicyLinterReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats;
      const line = `${s.passes} passed, ${s.failures} failed` + (s.pending ? `, ${s.pending} skipped` : '');
      if (process.env.POLICY_LINTER_SUMMARY) require('node:fs').writeFileSync(process.env.POLICY_LINTER_SUMMARY, JSON.stringify({ passed: s.passes, failed: s.failures, skipped: s.pending }));
      else process.stdout.write(`\n${line}\n`);
    });
  }
}
module.exports = PolicyLinterReporter;
