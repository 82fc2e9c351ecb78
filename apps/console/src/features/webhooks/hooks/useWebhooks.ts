import { ConsoleCreateWebhookDocument, ConsoleDeleteWebhookDocument, ConsoleWebhookDeliveriesDocument, ConsoleWebhooksDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

export function useWebhooks(projectId: string) {
  return useQuery(ConsoleWebhooksDocument, { projectId }, { skip: !projectId });
}

/** The latest deliveries, refreshed every 10 s while shown. */
export function useWebhookDeliveries(projectId: string) {
  return useQuery(ConsoleWebhookDeliveriesDocument, { projectId, limit: 50 }, { skip: !projectId, pollIntervalMs: 10_000 });
}

export function useCreateWebhook() {
  return useMutation(ConsoleCreateWebhookDocument);
}

export function useDeleteWebhook() {
  return useMutation(ConsoleDeleteWebhookDocument);
}
