// Runs web-test-runner in every browser and prints the total as its last line: "N passed, N failed".
// For Firefox it starts a PulseAudio null sink, since an AudioContext without an output device never runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOTALS = '.wtr-totals.json';

async function startNullSink() {
  if (process.env.PULSE_SERVER) return undefined;
  if (spawnSync('sh', ['-c', 'command -v pulseaudio']).status !== 0) {
    console.warn("pulseaudio not found: Firefox's AudioContext will stay suspended. Install it with 'apt-get install -y pulseaudio'.");
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pulse-'));
  const socket = join(dir, 'native');
  const daemon = spawn(
    'pulseaudio',
    ['-n', '--daemonize=no', '--exit-idle-time=-1', '--disallow-exit', '--load=module-null-sink',
      `--load=module-native-protocol-unix auth-anonymous=1 socket=${socket}`],
    { stdio: 'ignore', env: { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir } },
  );
  for (let i = 0; i < 50 && !existsSync(socket); i++) await new Promise(r => setTimeout(r, 100));
  if (!existsSync(socket)) {
    daemon.kill();
    console.warn('pulseaudio did not start: Firefox audio tests may fail.');
    return undefined;
  }
  process.env.PULSE_SERVER = `unix:${socket}`;
  return () => { daemon.kill(); rmSync(dir, { recursive: true, force: true }); };
}

const stopSink = await startNullSink();
rmSync(TOTALS, { force: true });
const wtr = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
const code = await new Promise(resolve => wtr.on('exit', c => resolve(c ?? 1)));
stopSink?.();

let line = `0 passed, 1 failed`;
if (existsSync(TOTALS)) {
  const t = JSON.parse(readFileSync(TOTALS, 'utf8'));
  const failed = t.failed + t.sessionErrors + (code !== 0 && t.failed + t.sessionErrors === 0 ? 1 : 0);
  line = `${t.passed} passed, ${failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`;
}
console.log(`\n${line}`);
process.exit(code);
