import { Embeddable, Property } from '@mikro-orm/core';

/**
 * The delivery address as it was when the order was confirmed. The account
 * may edit or remove its addresses later; the order keeps where it was sent.
 */
@Embeddable()
export class DeliveryAddressCopy {
  /** The id of the account's address it was copied from; no foreign key, on purpose. */
  @Property({ type: 'uuid' })
  addressId!: string;

  @Property({ type: 'string', length: 100 })
  label!: string;

  @Property({ type: 'string', length: 200 })
  street!: string;

  @Property({ type: 'string', length: 100 })
  city!: string;

  @Property({ type: 'string', length: 100 })
  county!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  postalCode: string | null = null;

  @Property({ type: 'string', length: 2 })
  country!: string;
}
