/**
 * The DevTools Protocol for the test page, in Chromium only (scripts/cdp-plugin.mjs): what the page can't see of
 * itself, such as its event listener and node counts, or a forced garbage collection.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export function cdp<T = unknown>(method: string, params?: object): Promise<T> {
  return executeServerCommand<T, { method: string; params?: object }>('cdp', { method, params });
}

/** Chromium's counters of the page (`Performance.getMetrics`: JSEventListeners, Nodes, JSHeapUsedSize...). */
export async function pageMetrics(): Promise<Record<string, number>> {
  await cdp('Performance.enable');
  const { metrics } = await cdp<{ metrics: { name: string; value: number }[] }>('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/** Collects garbage (twice: what the first pass frees can hold more) and returns the counters after it. */
export async function metricsAfterGc(): Promise<Record<string, number>> {
  await cdp('HeapProfiler.collectGarbage');
  await cdp('HeapProfiler.collectGarbage');
  return pageMetrics();
}
