// Runs the unit suite once per time zone: every day boundary must be Asia/Shanghai whatever
// the machine's TZ is, so the same tests must pass under all of them.
import { spawnSync } from 'node:child_process';

const zones = (process.env.LIVEPACE_TZS ?? 'Asia/Shanghai,UTC,America/Los_Angeles').split(',');
const extra = process.argv.slice(2);
for (const tz of zones) {
  console.log(`\n=== unit tests under TZ=${tz} ===`);
  const r = spawnSync('npx', ['vitest', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    console.error(`unit tests failed under TZ=${tz}`);
    process.exit(r.status ?? 1);
  }
}
