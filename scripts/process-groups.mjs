// Process groups on Linux, read from /proc: what scripts/webkit.mjs waits for, and what scripts/run-tests.mjs kills
// when the test runner left it behind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The live (not zombie) processes of a process group, as [pid, ppid] pairs, from /proc. */
export function liveMembers(pgid) {
  const members = [];
  if (!existsSync('/proc')) return members;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
    const [state, ppid, group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === pgid && state !== 'Z' && state !== 'X') members.push([Number(entry), Number(ppid)]);
  }
  return members;
}

/** Kills the process groups listed in `file` (by displayServices, through LOCAL_MEDIA_PIDS) that are still alive. */
export function killListed(file) {
  if (!existsSync(file)) return [];
  const killed = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [pid, label] = line.split(' ');
    if (!pid || liveMembers(Number(pid)).length === 0) continue;
    try {
      process.kill(-Number(pid), 'SIGKILL');
      killed.push(`${label} (${pid})`);
    } catch {
      // already gone
    }
  }
  return killed;
}
