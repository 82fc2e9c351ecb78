import { ConsoleAddGoldItemsDocument } from '@fourmi/api-client';
import { useMutation } from '@fourmi/ui';

export function useAddGoldItems() {
  return useMutation(ConsoleAddGoldItemsDocument);
}
