import {
  ConsoleAdminCreditDocument,
  ConsoleAdminPaymentsModeDocument,
  ConsoleAdminRefundDocument,
  ConsoleBanWorkerDocument,
  ConsoleDecideAppealDocument,
  ConsoleDecideMassRejectionDocument,
  ConsoleLiftBanDocument,
  ConsoleOpenAppealsDocument,
  ConsolePendingMassRejectionsDocument,
  ConsoleReconcilePaymentsDocument,
  ConsoleReturnWorkerAnswersDocument,
  ConsoleWorkerQualityDocument,
} from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

/** Skills, bans, flags and pace of one worker; nothing is asked until an id is given. */
export function useWorkerQuality(workerId: string) {
  return useQuery(ConsoleWorkerQualityDocument, { workerId }, { skip: !workerId });
}

export function useBanWorker() {
  return useMutation(ConsoleBanWorkerDocument);
}

export function useLiftBan() {
  return useMutation(ConsoleLiftBanDocument);
}

export function useAdminCredit() {
  return useMutation(ConsoleAdminCreditDocument);
}

export function useAdminRefund() {
  return useMutation(ConsoleAdminRefundDocument);
}

export function useReconcilePayments() {
  return useMutation(ConsoleReconcilePaymentsDocument);
}

export function usePaymentsMode() {
  return useQuery(ConsoleAdminPaymentsModeDocument, {});
}

export function useOpenAppeals() {
  return useQuery(ConsoleOpenAppealsDocument, {}, { pollIntervalMs: 60_000 });
}

export function useDecideAppeal() {
  return useMutation(ConsoleDecideAppealDocument);
}

/** Rejections held by the mass-rejection guard, waiting for an admin. */
export function usePendingMassRejections() {
  return useQuery(ConsolePendingMassRejectionsDocument, {}, { pollIntervalMs: 60_000 });
}

export function useDecideMassRejection() {
  return useMutation(ConsoleDecideMassRejectionDocument);
}

export function useReturnWorkerAnswers() {
  return useMutation(ConsoleReturnWorkerAnswersDocument);
}
