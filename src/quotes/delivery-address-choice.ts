import type { EntityManager } from '@mikro-orm/postgresql';
import { DeliveryAddress } from '../accounts/delivery-address.entity.js';
import { BadUserInput } from '../shared/errors.js';
import { isRecordId } from '../shared/ids.js';

/**
 * Where a quote's goods go: the account's address with the given id, or,
 * when none is given, the account's first address by label (the one its
 * address list shows first); null when the account has none (pickup).
 */
export async function chooseDeliveryAddress(
  em: EntityManager,
  accountId: string,
  addressId: string | null | undefined,
  field: string,
): Promise<DeliveryAddress | null> {
  if (addressId === null || addressId === undefined) {
    return em.findOne(
      DeliveryAddress,
      { account: accountId },
      { orderBy: { label: 'asc', id: 'asc' } },
    );
  }

  const address = isRecordId(addressId)
    ? await em.findOne(DeliveryAddress, { id: addressId, account: accountId })
    : null;
  if (address === null) {
    throw new BadUserInput(field, "This is not one of the account's delivery addresses.");
  }
  return address;
}
