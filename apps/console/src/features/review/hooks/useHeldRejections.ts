import { ConsoleHeldRejectionsDocument, type ConsoleHeldRejectionsQuery } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';
import { useMemo, useState } from 'react';

export type HeldRejection = ConsoleHeldRejectionsQuery['heldRejections'][number];

/** While a request waits, the admins' decision is looked for this often (it moves no answer count). */
const PENDING_POLL_MS = 30_000;

/**
 * A project's rejections held for an admin, and which request holds each waiting answer: the review
 * marks those answers, and `pendingKey` changes when an admin decides (the review then reads again).
 */
export function useHeldRejections(projectId: string) {
  const [polling, setPolling] = useState(false);
  const query = useQuery(ConsoleHeldRejectionsDocument, { projectId }, { skip: !projectId, pollIntervalMs: polling ? PENDING_POLL_MS : undefined });
  const list = useMemo(() => query.data?.heldRejections ?? [], [query.data]);
  const heldBy = useMemo(() => {
    const map = new Map<string, string>();
    for (const held of list) if (held.status === 'PENDING') for (const id of held.assignmentIds) map.set(id, held.id);
    return map;
  }, [list]);
  const pendingKey = [...new Set(heldBy.values())].join(',');
  if (polling !== (pendingKey !== '')) setPolling(pendingKey !== '');
  return { list, heldBy, pendingKey, error: query.error, refetch: query.refetch };
}
