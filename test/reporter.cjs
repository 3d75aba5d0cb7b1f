// Mocha's spec reporter plus the one closing line CI reads: "N passed, N failed[, N skipped]".
const Mocha = require('mocha');

class PolkuReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const { passes, failures, pending } = runner.stats;
      const skipped = pending ? `, ${pending} skipped` : '';
      process.stdout.write(`\n${passes} passed, ${failures} failed${skipped}\n`);
    });
  }
}

module.exports = PolkuReporter;
