// Runs the built `chamdiem` (dist-cli/chamdiem.cjs) on the arguments given, then prints the process's peak resident
// memory as a last stderr line "peak-rss <kilobytes>" (process.resourceUsage().maxRSS), for test/cli/memory.test.ts.
const path = require('node:path');
const { run } = require(path.resolve(__dirname, '../../../dist-cli/chamdiem.cjs'));
process.on('exit', () => process.stderr.write(`peak-rss ${process.resourceUsage().maxRSS}\n`));
run(process.argv.slice(2));
