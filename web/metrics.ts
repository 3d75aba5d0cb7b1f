/** Prometheus counters and gauges of the server, written in the text exposition format. */
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly started = Date.now();

  /** Counts one finished HTTP request by method and status. */
  countRequest(method: string, status: number): void {
    const key = `method="${method}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
  }

  /** The exposition text, with the gauges measured by the caller. */
  render(gauges: { openTasks: number; runningInstances: number; storeUp: boolean }): string {
    const lines = [
      '# HELP polku_http_requests_total HTTP requests by method and status.',
      '# TYPE polku_http_requests_total counter',
      ...[...this.requests].map(([labels, n]) => `polku_http_requests_total{${labels}} ${n}`),
      '# HELP polku_open_tasks Open user tasks.',
      '# TYPE polku_open_tasks gauge',
      `polku_open_tasks ${gauges.openTasks}`,
      '# HELP polku_running_instances Running process instances.',
      '# TYPE polku_running_instances gauge',
      `polku_running_instances ${gauges.runningInstances}`,
      '# HELP polku_store_up 1 when the store answers.',
      '# TYPE polku_store_up gauge',
      `polku_store_up ${gauges.storeUp ? 1 : 0}`,
      '# HELP polku_uptime_seconds Seconds since the server started.',
      '# TYPE polku_uptime_seconds gauge',
      `polku_uptime_seconds ${Math.round((Date.now() - this.started) / 1000)}`,
    ];
    return lines.join('\n') + '\n';
  }
}
