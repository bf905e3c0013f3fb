import { randomBytes, randomInt } from 'node:crypto';
import { AccountStatus, DeliveryMethod, PaymentMethod } from '../../src/accounts/account-enums.js';
import { Account } from '../../src/accounts/account.entity.js';
import { Address } from '../../src/accounts/address.embeddable.js';
import { DeliveryAddress } from '../../src/accounts/delivery-address.entity.js';
import { hashPassword } from '../../src/auth/password.js';
import { Role, UserStatus } from '../../src/auth/roles.js';
import { User } from '../../src/auth/user.entity.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/*
 * Records that other flows would normally create (account requests, onboarding,
 * staff invitations), written straight through the ORM so that a test can
 * start from a signed-in customer or staff member. Sign-in itself goes through
 * the real API.
 */

export interface CustomerOptions {
  /** The account's price list; none when left out. */
  priceListId?: string;
  companyName?: string;
  /** Days of credit; 0 means payment in advance. Default 30. */
  paymentTermDays?: number;
  /** Default "10000.00". */
  creditLimit?: string;
}

export interface CustomerFixture {
  accountId: string;
  userId: string;
  deliveryAddressId: string;
  email: string;
  password: string;
  /** Signed in as this customer. */
  client: GraphQLClient;
}

export interface StaffFixture {
  userId: string;
  email: string;
  password: string;
  /** Signed in as this staff member. */
  client: GraphQLClient;
}

/** An ACTIVE, onboarded customer company with one ACTIVE user, signed in. */
export async function createCustomer(
  api: TestApp,
  options: CustomerOptions = {},
): Promise<CustomerFixture> {
  const em = api.app.database.orm.em.fork();
  const suffix = randomBytes(4).toString('hex');
  const email = `customer-${suffix}@portal.test`;
  const password = `customer-password-${suffix}`;

  const address = Object.assign(new Address(), {
    street: 'Str. Fabricii 12', city: 'Cluj-Napoca', county: 'Cluj', postalCode: '400632',
  });
  const account = em.create(Account, {
    companyName: options.companyName ?? `Test Company ${suffix} SRL`,
    cui: validCui(),
    address,
    legalRepresentative: 'Ion Popescu',
    status: AccountStatus.ACTIVE,
    bankName: 'Banca Transilvania',
    iban: 'RO49AAAA1B31007593840000',
    paymentMethod: PaymentMethod.BANK_TRANSFER,
    paymentTermDays: options.paymentTermDays ?? 30,
    creditLimit: options.creditLimit ?? '10000.00',
    deliveryMethod: DeliveryMethod.COURIER,
    priceList: options.priceListId ?? null,
    activatedAt: new Date(),
  });
  const delivery = em.create(DeliveryAddress, {
    account, label: 'Sediu', street: address.street, city: address.city, county: address.county,
  });
  const user = em.create(User, {
    email, name: `Customer ${suffix}`, role: Role.CUSTOMER, status: UserStatus.ACTIVE,
    passwordHash: await hashPassword(password), account,
  });
  await em.flush();

  const client = await api.signIn(email, password);
  return {
    accountId: account.id, userId: user.id, deliveryAddressId: delivery.id, email, password, client,
  };
}

/** An ACTIVE staff user (STAFF by default, or ADMIN), signed in. */
export async function createStaff(api: TestApp, role: Role = Role.STAFF): Promise<StaffFixture> {
  const em = api.app.database.orm.em.fork();
  const suffix = randomBytes(4).toString('hex');
  const email = `staff-${suffix}@portal.test`;
  const password = `staff-password-${suffix}`;

  const user = em.create(User, {
    email, name: `Staff ${suffix}`, role, status: UserStatus.ACTIVE,
    passwordHash: await hashPassword(password),
  });
  await em.flush();

  const client = await api.signIn(email, password);
  return { userId: user.id, email, password, client };
}

/** A random CUI whose last digit is a correct control digit (weights 7 5 3 2 1 7 5 3 2). */
export function validCui(): string {
  const body = String(randomInt(1_000_000, 99_999_999));
  const weights = [7, 5, 3, 2, 1, 7, 5, 3, 2].slice(9 - body.length);
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  const control = ((sum * 10) % 11) % 10;
  return `${body}${control}`;
}
