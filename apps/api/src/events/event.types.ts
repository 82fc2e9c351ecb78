/** Facts other parts of Fourmi (and requesters' webhooks) react to. Small: NOTIFY payloads stay < 8 kB. */
export type FourmiEventBody =
  | { type: 'batch.published' | 'batch.completed' | 'batch.cancelled'; projectId: string; batchId: string }
  | { type: 'batch.progress'; projectId: string; batchId: string; itemCount: number; completedCount: number; status: string }
  | { type: 'assignment.submitted'; projectId: string; batchId: string; taskId: string; assignmentId: string }
  /** `overturned`: decided on appeal, after a rejection. */
  | { type: 'assignment.accepted' | 'assignment.rejected'; projectId: string; batchId: string; taskId: string; assignmentId: string; overturned: boolean }
  /** A submitted answer returned (after a ban): not paid, and its slot open again. */
  | { type: 'assignment.returned'; projectId: string; batchId: string; taskId: string; assignmentId: string }
  | { type: 'task.completed'; projectId: string; batchId: string; taskId: string; consensus: unknown }
  /** A completed item open again: answers were returned (after a ban) and others will answer it. */
  | { type: 'task.reopened'; projectId: string; batchId: string; taskId: string };

export type FourmiEvent = FourmiEventBody & { id: string; at: string };

export type EventType = FourmiEvent['type'];

/** The events a requester can subscribe a webhook to. */
export const WEBHOOK_EVENT_TYPES: EventType[] = [
  'batch.published',
  'batch.completed',
  'task.completed',
  'assignment.submitted',
  'assignment.accepted',
  'assignment.rejected',
];

export const EVENTS_CHANNEL = 'fourmi_events';
