import {
  ConsoleAdminCreditDocument,
  ConsoleAdminPaymentsModeDocument,
  ConsoleAdminRefundDocument,
  ConsoleBanWorkerDocument,
  ConsoleDecideAppealDocument,
  ConsoleLiftBanDocument,
  ConsoleOpenAppealsDocument,
  ConsoleReconcilePaymentsDocument,
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
