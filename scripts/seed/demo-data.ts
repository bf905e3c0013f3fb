/** Who and what the demo is made of; the sign-in details are printed at the end of a seed. */

export const DEMO_PASSWORDS = {
  admin: 'Demo-Admin-2026!',
  staff: 'Demo-Staff-2026!',
  customer: 'Demo-Customer-2026!',
};

export const DEMO_STAFF = [
  {
    email: 'admin@demo.ro',
    name: 'Elena Dumitrescu',
    role: 'ADMIN',
    password: DEMO_PASSWORDS.admin,
  },
  { email: 'staff@demo.ro', name: 'Mihai Stan', role: 'STAFF', password: DEMO_PASSWORDS.staff },
] as const;

export interface DemoCompany {
  companyName: string;
  cui: string;
  tradeRegisterNumber: string;
  address: { street: string; city: string; county: string; postalCode: string };
  legalRepresentative: string;
  contacts: { name: string; email: string; phone: string; locale: 'ro' | 'en' }[];
  onboarding: {
    bankName: string;
    iban: string;
    paymentMethod: 'BANK_TRANSFER' | 'CARD' | 'CASH_ON_DELIVERY';
    paymentTermDays: number;
    creditLimit: string;
    deliveryMethod: 'COURIER' | 'OWN_FLEET' | 'PICKUP';
    deliveryAddresses: {
      label: string;
      street: string;
      city: string;
      county: string;
      postalCode: string;
    }[];
  };
  priceList: 'standard' | 'partners';
}

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    companyName: 'Climatech Instal SRL',
    cui: 'RO18367124',
    tradeRegisterNumber: 'J40/4521/2006',
    address: {
      street: 'Bd. Iuliu Maniu 7',
      city: 'București',
      county: 'București',
      postalCode: '061072',
    },
    legalRepresentative: 'Andrei Popescu',
    contacts: [
      { name: 'Andrei Popescu', email: 'customer@demo.ro', phone: '0722123456', locale: 'ro' },
      {
        name: 'Ioana Marin',
        email: 'achizitii@climatech.demo.ro',
        phone: '0744987654',
        locale: 'en',
      },
    ],
    onboarding: {
      bankName: 'Banca Transilvania',
      iban: 'RO49AAAA1B31007593840000',
      paymentMethod: 'BANK_TRANSFER',
      paymentTermDays: 30,
      creditLimit: '250000.00',
      deliveryMethod: 'OWN_FLEET',
      deliveryAddresses: [
        {
          label: 'Depozit Militari',
          street: 'Str. Preciziei 24',
          city: 'București',
          county: 'București',
          postalCode: '062204',
        },
        {
          label: 'Șantier Pipera',
          street: 'Str. Fabrica de Glucoză 11',
          city: 'București',
          county: 'București',
          postalCode: '020331',
        },
      ],
    },
    priceList: 'standard',
  },
  {
    companyName: 'Termo Grup Construct SRL',
    cui: '32481905',
    tradeRegisterNumber: 'J12/880/2013',
    address: {
      street: 'Str. Fabricii 46',
      city: 'Cluj-Napoca',
      county: 'Cluj',
      postalCode: '400620',
    },
    legalRepresentative: 'Vasile Pop',
    contacts: [
      { name: 'Vasile Pop', email: 'comenzi@termogrup.demo.ro', phone: '0264450123', locale: 'ro' },
    ],
    onboarding: {
      bankName: 'BRD - Groupe Société Générale',
      iban: 'RO70BRDE120SV01234561200',
      paymentMethod: 'BANK_TRANSFER',
      paymentTermDays: 0,
      creditLimit: '0.00',
      deliveryMethod: 'COURIER',
      deliveryAddresses: [
        {
          label: 'Sediu',
          street: 'Str. Fabricii 46',
          city: 'Cluj-Napoca',
          county: 'Cluj',
          postalCode: '400620',
        },
      ],
    },
    priceList: 'partners',
  },
  {
    companyName: 'Ventilația Nord SA',
    cui: 'RO40215670',
    tradeRegisterNumber: 'J22/1302/2019',
    address: { street: 'Bd. Independenței 99', city: 'Iași', county: 'Iași', postalCode: '700100' },
    legalRepresentative: 'Cristina Rusu',
    contacts: [
      {
        name: 'Cristina Rusu',
        email: 'office@ventnord.demo.ro',
        phone: '0232211444',
        locale: 'ro',
      },
      { name: 'Paul Ionescu', email: 'tehnic@ventnord.demo.ro', phone: '0755300200', locale: 'ro' },
    ],
    onboarding: {
      bankName: 'ING Bank',
      iban: 'RO21INGB0000999901234567',
      paymentMethod: 'BANK_TRANSFER',
      paymentTermDays: 45,
      creditLimit: '80000.00',
      deliveryMethod: 'PICKUP',
      deliveryAddresses: [
        {
          label: 'Hală Tomești',
          street: 'Str. Industriilor 3',
          city: 'Tomești',
          county: 'Iași',
          postalCode: '707515',
        },
      ],
    },
    priceList: 'partners',
  },
];
