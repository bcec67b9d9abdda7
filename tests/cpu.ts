/**
 * CPU time of this test process in ms. The linear-time guards measure CPU,
 * not wall-clock time, so a busy machine (other processes, parallel test
 * files) cannot fail them; a regex that backtracks still does.
 */
export function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}
