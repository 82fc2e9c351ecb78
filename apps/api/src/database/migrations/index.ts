import { Init1764000000000 } from './1764000000000-init';
import { DispatchAtScale1764010000000 } from './1764010000000-dispatch-at-scale';
import { LedgerAndPayments1764100000000 } from './1764100000000-ledger-and-payments';
import { Quality1764200000000 } from './1764200000000-quality';
import { AcceptanceAndAppeals1764300000000 } from './1764300000000-acceptance-and-appeals';
import { BatchAggregates1764400000000 } from './1764400000000-batch-aggregates';
import { EventOutbox1764500000000 } from './1764500000000-event-outbox';
import { AssignmentProjectLock1764600000000 } from './1764600000000-assignment-project-lock';
import { AssignmentWorkerStatusIndex1764700000000 } from './1764700000000-assignment-worker-status-index';
import { AssignmentLeaseKeys1764800000000 } from './1764800000000-assignment-lease-keys';
import { EmitEventFunction1764900000000 } from './1764900000000-emit-event-function';
import { PayloadStatistics1765000000000 } from './1765000000000-payload-statistics';
import { WorkTimeSamples1765100000000 } from './1765100000000-work-time-samples';
import { AgreementTallies1765200000000 } from './1765200000000-agreement-tallies';
import { WebhookDeliveryIndexes1765300000000 } from './1765300000000-webhook-delivery-indexes';
import { BatchAnswers1765400000000 } from './1765400000000-batch-answers';
import { BatchRejections1765500000000 } from './1765500000000-batch-rejections';
import { WorkerRejections1765600000000 } from './1765600000000-worker-rejections';
import { BatchAcceptances1765700000000 } from './1765700000000-batch-acceptances';
import { WorkerAnswerTotals1765800000000 } from './1765800000000-worker-answer-totals';
import { QualityFlagTimes1765900000000 } from './1765900000000-quality-flag-times';
import { PeopleSearch1766000000000 } from './1766000000000-people-search';
import { QualityFlagParams1766100000000 } from './1766100000000-quality-flag-params';
import { LedgerMemoKeys1766200000000 } from './1766200000000-ledger-memo-keys';
import { HeldRejectionWhy1766320000000 } from './1766320000000-held-rejection-why';
import { BatchEscrowOwner1766400000000 } from './1766400000000-batch-escrow-owner';

/** Every migration, in order. Listed (not globbed) so the bundled API carries them. */
export const migrations = [Init1764000000000, DispatchAtScale1764010000000, LedgerAndPayments1764100000000, Quality1764200000000, AcceptanceAndAppeals1764300000000, BatchAggregates1764400000000, EventOutbox1764500000000, AssignmentProjectLock1764600000000, AssignmentWorkerStatusIndex1764700000000, AssignmentLeaseKeys1764800000000, EmitEventFunction1764900000000, PayloadStatistics1765000000000, WorkTimeSamples1765100000000, AgreementTallies1765200000000, WebhookDeliveryIndexes1765300000000, BatchAnswers1765400000000, BatchRejections1765500000000, WorkerRejections1765600000000, BatchAcceptances1765700000000, WorkerAnswerTotals1765800000000, QualityFlagTimes1765900000000, PeopleSearch1766000000000, QualityFlagParams1766100000000, LedgerMemoKeys1766200000000, HeldRejectionWhy1766320000000, BatchEscrowOwner1766400000000];
