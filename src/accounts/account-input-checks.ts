import { Decimal } from 'decimal.js';
import { BadUserInput } from '../shared/errors.js';
import { checkCui } from '../shared/validation/cui.js';
import { checkEmail } from '../shared/validation/email.js';
import { checkIban } from '../shared/validation/iban.js';
import { checkPhone } from '../shared/validation/phone.js';
import { checkLocale, checkOptionalText, checkText } from '../shared/validation/text.js';
import type { DeliveryMethod, PaymentMethod } from './account-enums.js';
import type {
  AccountRequestInput, AddressInput, ContactInput, DeliveryAddressInput, OnboardingInput,
  UpdateAccountInput,
} from './account-inputs.js';

/** An address as stored: trimmed, country in upper case. */
export interface CheckedAddress {
  street: string;
  city: string;
  county: string;
  postalCode: string | null;
  country: string;
}

export interface CheckedContact {
  name: string;
  email: string;
  phone: string;
  locale: string;
}

export interface CheckedRequest {
  companyName: string;
  cui: string;
  tradeRegisterNumber: string | null;
  address: CheckedAddress;
  legalRepresentative: string;
  contacts: CheckedContact[];
  note: string | null;
}

export interface CheckedOnboarding {
  bankName: string;
  iban: string;
  paymentMethod: PaymentMethod;
  paymentTermDays: number;
  creditLimit: string;
  deliveryMethod: DeliveryMethod;
  deliveryAddresses: (CheckedAddress & { label: string })[];
  priceListId: string;
}

const MAX_CONTACTS = 20;
const MAX_DELIVERY_ADDRESSES = 50;
const MAX_PAYMENT_TERM_DAYS = 365;
const MAX_CREDIT_LIMIT = new Decimal('999999999999.99');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks and normalises an account request; the first bad field throws BAD_USER_INPUT. */
export function checkAccountRequest(input: AccountRequestInput): CheckedRequest {
  return {
    companyName: checkText(input.companyName, 'input.companyName', 200),
    cui: checkCui(input.cui, 'input.cui'),
    tradeRegisterNumber: checkOptionalText(
      input.tradeRegisterNumber, 'input.tradeRegisterNumber', 40,
    ),
    address: checkAddress(input.address, 'input.address'),
    legalRepresentative: checkText(input.legalRepresentative, 'input.legalRepresentative', 200),
    contacts: checkContacts(input.contacts, 'input.contacts'),
    note: checkOptionalText(input.note, 'input.note', 2000),
  };
}

export function checkAddress(input: AddressInput, path: string): CheckedAddress {
  const country = (input.country ?? 'RO').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new BadUserInput(`${path}.country`, 'The country must be an ISO code such as RO.');
  }

  const postalCode = checkOptionalText(input.postalCode, `${path}.postalCode`, 20);
  if (postalCode !== null && country === 'RO' && !/^\d{6}$/.test(postalCode)) {
    throw new BadUserInput(`${path}.postalCode`, 'A Romanian postal code has 6 digits.');
  }

  return {
    street: checkText(input.street, `${path}.street`, 200),
    city: checkText(input.city, `${path}.city`, 100),
    county: checkText(input.county, `${path}.county`, 100),
    postalCode,
    country,
  };
}

/** One contact, checked; `path` is e.g. `input.contacts.0` or `input`. */
export function checkContact(input: ContactInput, path: string): CheckedContact {
  return {
    name: checkText(input.name, `${path}.name`, 200),
    email: checkEmail(input.email, `${path}.email`),
    phone: checkPhone(input.phone, `${path}.phone`),
    locale: checkLocale(input.locale, `${path}.locale`),
  };
}

function checkContacts(contacts: ContactInput[], path: string): CheckedContact[] {
  if (contacts.length === 0) {
    throw new BadUserInput(path, 'Name at least one person who will use the portal.');
  }
  if (contacts.length > MAX_CONTACTS) {
    throw new BadUserInput(path, `Name at most ${MAX_CONTACTS} people; staff can add more later.`);
  }

  const checked = contacts.map((contact, i) => checkContact(contact, `${path}.${i}`));
  checked.forEach((contact, i) => {
    if (checked.findIndex((other) => other.email === contact.email) !== i) {
      throw new BadUserInput(`${path}.${i}.email`, 'Each person needs their own email address.');
    }
  });
  return checked;
}

/** Checks the onboarding terms; the price list's existence is checked by the service. */
export function checkOnboarding(input: OnboardingInput): CheckedOnboarding {
  if (!Number.isInteger(input.paymentTermDays) || input.paymentTermDays < 0
    || input.paymentTermDays > MAX_PAYMENT_TERM_DAYS) {
    throw new BadUserInput(
      'input.paymentTermDays',
      `The payment term is a number of days from 0 to ${MAX_PAYMENT_TERM_DAYS}.`,
    );
  }
  if (!UUID.test(input.priceListId)) {
    throw new BadUserInput('input.priceListId', 'There is no price list with this id.');
  }

  return {
    bankName: checkText(input.bankName, 'input.bankName', 200),
    iban: checkIban(input.iban, 'input.iban'),
    paymentMethod: input.paymentMethod,
    paymentTermDays: input.paymentTermDays,
    creditLimit: checkCreditLimit(input.creditLimit, 'input.creditLimit'),
    deliveryMethod: input.deliveryMethod,
    deliveryAddresses: checkDeliveryAddresses(input.deliveryAddresses, 'input.deliveryAddresses'),
    priceListId: input.priceListId.toLowerCase(),
  };
}

function checkCreditLimit(raw: string, field: string): string {
  const amount = new Decimal(raw);
  if (amount.isNegative() || amount.gt(MAX_CREDIT_LIMIT)) {
    throw new BadUserInput(field, 'The credit limit must be from 0 to 999999999999.99.');
  }
  if (amount.decimalPlaces() > 2) {
    throw new BadUserInput(field, 'The credit limit may have at most 2 decimals.');
  }
  return amount.toFixed(2);
}

function checkDeliveryAddresses(addresses: DeliveryAddressInput[], path: string) {
  if (addresses.length === 0) {
    throw new BadUserInput(path, 'Give at least one delivery address.');
  }
  if (addresses.length > MAX_DELIVERY_ADDRESSES) {
    throw new BadUserInput(path, `Give at most ${MAX_DELIVERY_ADDRESSES} delivery addresses.`);
  }

  const checked = addresses.map((address, i) => ({
    label: checkText(address.label, `${path}.${i}.label`, 100),
    ...checkAddress(address, `${path}.${i}`),
  }));
  checked.forEach((address, i) => {
    const key = address.label.toLowerCase();
    if (checked.findIndex((other) => other.label.toLowerCase() === key) !== i) {
      throw new BadUserInput(`${path}.${i}.label`, 'Each delivery address needs its own label.');
    }
  });
  return checked;
}

/** The fields of an account update that are present, checked; absent ones are left out. */
export function checkAccountUpdate(input: UpdateAccountInput): {
  companyName?: string;
  cui?: string;
  address?: CheckedAddress;
} {
  return {
    ...(input.companyName != null
      ? { companyName: checkText(input.companyName, 'input.companyName', 200) }
      : {}),
    ...(input.cui != null ? { cui: checkCui(input.cui, 'input.cui') } : {}),
    ...(input.address != null ? { address: checkAddress(input.address, 'input.address') } : {}),
  };
}
