import { PdfWriter } from './pdf-layout.js';

/** What the agreement is filled in with: the request's data. */
export interface AgreementData {
  accountId: string;
  requestedAt: Date;
  companyName: string;
  cui: string;
  tradeRegisterNumber: string | null;
  address: { street: string; city: string; county: string; postalCode: string | null;
    country: string };
  legalRepresentative: string;
  contacts: { name: string; email: string; phone: string | null }[];
}

const TERMS: [string, string[]][] = [
  ['3. Obiectul acordului', [
    'Furnizorul pune la dispoziția Clientului Portalul B2B, prin care persoanele autorizate ale '
      + 'Clientului pot consulta lista de prețuri, pot cere și accepta oferte, pot plasa comenzi '
      + 'și pot urmări comenzile și facturile Clientului.',
  ]],
  ['4. Persoanele autorizate', [
    'Clientul declară că persoanele de mai sus sunt autorizate să acționeze în numele său în '
      + 'Portalul B2B. Ofertele acceptate și comenzile plasate de acestea îl obligă pe Client.',
    'Clientul poate cere oricând adăugarea sau retragerea unei persoane autorizate. Fiecare '
      + 'persoană își păstrează confidențială parola și anunță de îndată Furnizorul dacă '
      + 'bănuiește că altcineva o cunoaște.',
  ]],
  ['5. Condiții comerciale', [
    'Metoda și termenul de plată, limita de credit, modul de livrare și lista de prețuri se '
      + 'stabilesc de Furnizor la activarea contului și pot fi consultate în Portalul B2B. '
      + 'Furnizorul poate suspenda accesul la portal în cazul întârzierilor la plată sau al '
      + 'încălcării prezentului acord.',
  ]],
  ['6. Date cu caracter personal', [
    'Furnizorul prelucrează numele, adresa de email și numărul de telefon ale persoanelor '
      + 'autorizate numai pentru furnizarea accesului la Portalul B2B și pentru comunicările '
      + 'privind ofertele, comenzile și facturile, conform Regulamentului (UE) 2016/679.',
  ]],
  ['7. Durata', [
    'Acordul intră în vigoare la activarea contului de către Furnizor și este încheiat pe '
      + 'durată nedeterminată. Oricare parte îl poate denunța prin notificare scrisă.',
  ]],
];

/**
 * The usage agreement as a PDF, filled in with the request's data and ready
 * for the legal representative to sign. Written in Romanian, the language of
 * the contract, with DejaVu Sans so diacritics print as they are.
 */
export async function renderAgreement(data: AgreementData): Promise<Uint8Array> {
  const pdf = await PdfWriter.create(`Acord de utilizare — ${data.companyName}`);

  pdf.paragraph('ACORD DE UTILIZARE A PORTALULUI B2B', { size: 16, bold: true });
  pdf.paragraph(
    `Cererea nr. ${data.accountId} din ${formatDate(data.requestedAt)}`,
    { size: 9, grey: true },
  );

  pdf.heading('1. Părțile');
  pdf.paragraph('Furnizorul: operatorul Portalului B2B, denumit în continuare „Furnizorul”.');
  pdf.paragraph(`Clientul: ${data.companyName}, denumit în continuare „Clientul”, cu datele:`);
  pdf.field('CUI', `RO${data.cui}`);
  pdf.field('Nr. de înregistrare la Registrul Comerțului', data.tradeRegisterNumber ?? '—');
  pdf.field('Sediul', formatAddress(data.address));
  pdf.field('Reprezentant legal', data.legalRepresentative);

  pdf.heading('2. Persoane autorizate să folosească portalul');
  data.contacts.forEach((contact, i) => {
    pdf.field(`${i + 1}. ${contact.name}`, `${contact.email}, ${contact.phone ?? '—'}`);
  });

  for (const [title, paragraphs] of TERMS) {
    pdf.heading(title);
    paragraphs.forEach((text) => pdf.paragraph(text));
  }

  pdf.keepTogether(150);
  pdf.heading('Semnături');
  pdf.paragraph(`Pentru Client: ${data.companyName}, prin reprezentantul legal `
    + `${data.legalRepresentative}.`);
  pdf.signatureLine('Semnătura și ștampila');
  pdf.signatureLine('Data');
  pdf.space(6);
  pdf.paragraph(
    'Încărcați acordul semnat (PDF, cel mult 10 MB) din pagina primită prin email.',
    { size: 8.5, grey: true },
  );

  return pdf.save();
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10).split('-').reverse().join('.');
}

function formatAddress(address: AgreementData['address']): string {
  return [
    address.street,
    address.city,
    `jud. ${address.county}`,
    address.postalCode,
    address.country === 'RO' ? 'România' : address.country,
  ].filter((part) => part !== null && part !== '').join(', ');
}
