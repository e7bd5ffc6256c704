// The benchmark's scratch builds start from a patch of the source: it must
// keep applying as the source changes, or the command fails when run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('benches/stage-cost.patch applies to the source as it is, and switches off every stage', () => {
  execFileSync('git', ['apply', '--check', 'benches/stage-cost.patch'], { cwd: root, stdio: 'pipe' });
  const patch = readFileSync(join(root, 'benches/stage-cost.patch'), 'utf8');
  const switches = [...patch.matchAll(/option_env!\("PROBE_NO_(\w+)"\)/g)].map((m) => m[1]).sort();
  assert.deepEqual(switches, ['HEDGE', 'PLEDGE', 'TIMELINE', 'TIMEX']);
  const script = readFileSync(join(root, 'scripts/bench/stage-cost.mjs'), 'utf8');
  for (const s of switches) assert.ok(script.includes(`'${s}'`), `scripts/bench/stage-cost.mjs uses ${s}`);
});
