import { describe, expect, it } from 'vitest';
import type { BusMessage } from './event-bus';
import { notifyPayloads } from './event-relay';

const message = (i: number, consensus: unknown = null): BusMessage => ({
  type: 'task.completed',
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  at: '2026-11-24T00:00:00.000Z',
  projectId: 'p',
  batchId: 'b',
  taskId: String(i),
  consensus,
  deliveries: [],
});

describe('notifyPayloads', () => {
  it('packs messages in order into JSON arrays that each fit a NOTIFY', () => {
    const messages = Array.from({ length: 200 }, (_, i) => message(i));
    const payloads = notifyPayloads(messages);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(payloads.flatMap((p) => JSON.parse(p) as BusMessage[])).toEqual(messages);
  });

  it('sends a message too large alone without its consensus, marked truncated', () => {
    const huge = message(1, { voteKey: 'x'.repeat(9000), votes: 1, confidence: 1 });
    const [payload] = notifyPayloads([huge, message(2)]);
    expect(JSON.parse(payload!)).toEqual([{ ...huge, consensus: null, truncated: true }, message(2)]);
  });

  it('sends nothing for no messages', () => {
    expect(notifyPayloads([])).toEqual([]);
  });
});
