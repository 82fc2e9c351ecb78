import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { Public } from '../auth/allow.decorator';

let registry: Registry | undefined;

/**
 * This process's metrics: CPU, memory, garbage collection and the event loop's delay (what every
 * request of that moment waits). One registry per process, however many apps a test starts in it: the
 * collectors watch the process, not an app.
 */
function processRegistry(): Registry {
  if (!registry) {
    registry = new Registry();
    // With API_WORKERS > 1 a scrape reaches one of the processes: the label says which.
    registry.setDefaultLabels({ process: process.env['FOURMI_WORKER_INDEX'] ?? '0' });
    collectDefaultMetrics({ register: registry, prefix: 'fourmi_' });
  }
  return registry;
}

/** Prometheus metrics of the API process, for operators' scrapers. */
@Controller('api/metrics')
export class MetricsController {
  // Collecting from the start, not from the first scrape.
  private readonly registry = processRegistry();

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
