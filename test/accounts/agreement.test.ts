import { writeFile } from 'node:fs/promises';
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVATE_ACCOUNT, createPriceList, onboardCustomer, onboardingInput, REQUEST_ACCOUNT,
  requestInput,
} from '../support/accounts.js';
import { graphql } from '../generated/index.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;
let sink: SmtpSink;
let staff: GraphQLClient;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({ SMTP_URL: sink.url });
  staff = await api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
});

afterAll(async () => {
  await api?.stop();
  await sink?.stop();
});

async function request(): Promise<{ id: string; token: string }> {
  const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, {
    input: requestInput({
      companyName: 'Țesătoria Șerbănești SRL',
      legalRepresentative: 'Ștefan Ălămoaie',
    }),
  });
  return { id: requestAccount.id, token: requestAccount.agreementUploadToken! };
}

/** The blank agreement with a "signature" drawn on it, as a signed scan would be. */
async function sign(blank: ArrayBuffer): Promise<Buffer> {
  const doc = await PDFDocument.load(blank);
  const font = await doc.embedFont(StandardFonts.HelveticaOblique);
  doc.getPages().at(-1)!.drawText('S. Alamoaie', { x: 70, y: 120, size: 18, font });
  return Buffer.from(await doc.save());
}

/** The BaseFont names of every font in a PDF. */
async function fontNames(pdf: ArrayBuffer): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.context.enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict
      && object.get(PDFName.of('Type')) === PDFName.of('Font'))
    .map((font) => String(font.get(PDFName.of('BaseFont'))));
}

function upload(token: string, body: Buffer | string): Promise<Response> {
  return fetch(`${api.url}/files/agreement?token=${encodeURIComponent(token)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/pdf' },
    body,
  });
}

describe('the usage agreement', () => {
  it('is offered pre-filled, taken back signed once, and downloadable by staff', async () => {
    const { id, token } = await request();

    const blank = await fetch(`${api.url}/files/agreement?token=${token}`);
    expect(blank.status).toBe(200);
    expect(blank.headers.get('content-type')).toBe('application/pdf');
    const blankBytes = await blank.arrayBuffer();
    // KEEP_AGREEMENT=/tmp/a.pdf keeps the file, to look at it.
    const keep = process.env.KEEP_AGREEMENT;
    if (keep) await writeFile(keep, Buffer.from(blankBytes));
    const text = Buffer.from(blankBytes).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    // The Romanian letters are drawn with an embedded DejaVu Sans subset.
    const fonts = await fontNames(blankBytes);
    expect(fonts).toContainEqual(expect.stringMatching(/^\/DejaVuSans-\d+$/));

    const signed = await sign(blankBytes);
    const stored = await upload(token, signed);
    expect(stored.status).toBe(201);
    expect(await stored.json()).toMatchObject({ accountId: id, size: signed.length });

    // The token is spent: neither a second upload nor the blank work with it.
    expect((await upload(token, signed)).status).toBe(401);
    expect((await fetch(`${api.url}/files/agreement?token=${token}`)).status).toBe(401);

    const info = await staff.ok(graphql(`query SignedAgreement($id: ID!) {
      account(id: $id) { signedAgreement { size sha256 createdAt } } }`), { id });
    expect(info.account.signedAgreement!.size).toBe(signed.length);
    const auth = { authorization: `Bearer ${staff.accessToken}` };
    const download = await fetch(`${api.url}/files/accounts/${id}/signed-agreement`, {
      headers: auth,
    });
    expect(Buffer.from(await download.arrayBuffer()).equals(signed)).toBe(true);
    const staffBlank = await fetch(`${api.url}/files/accounts/${id}/agreement`, { headers: auth });
    expect(staffBlank.status).toBe(200);

    const notice = await sink.waitFor((m) => m.to.includes(ADMIN_EMAIL)
      && m.subject.includes('Acord semnat primit'));
    expect(notice.text).toContain('Țesătoria Șerbănești SRL');
  });

  it('refuses a file that is not a PDF, and keeps the token usable', async () => {
    const { token } = await request();

    const text = await upload(token, 'semnat, promit');
    expect(text.status).toBe(400);
    expect(await text.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fake = await upload(token, '%PDF-1.7\nnot really a pdf\n%%EOF\n');
    expect(fake.status).toBe(400);

    const blank = await (await fetch(`${api.url}/files/agreement?token=${token}`)).arrayBuffer();
    expect((await upload(token, await sign(blank))).status).toBe(201);
  });

  it('refuses a file over 10 MB', async () => {
    const { token } = await request();
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    huge.write('%PDF-1.7\n');

    const response = await upload(token, huge);
    expect(response.status).toBe(413);
  });

  it('refuses uploads once staff decided on the request', async () => {
    const { id, token } = await request();
    const blank = await (await fetch(`${api.url}/files/agreement?token=${token}`)).arrayBuffer();
    await staff.ok(ACTIVATE_ACCOUNT, { id, input: onboardingInput(await createPriceList(api)) });

    const late = await upload(token, await sign(blank));
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('keeps the staff downloads from anonymous callers and customers', async () => {
    const { id } = await request();
    const customer = await onboardCustomer(api, sink);
    const asCustomer = { authorization: `Bearer ${customer.client.accessToken}` };

    expect((await fetch(`${api.url}/files/accounts/${id}/agreement`)).status).toBe(401);
    const forbidden = await fetch(`${api.url}/files/accounts/${id}/agreement`, {
      headers: asCustomer,
    });
    expect(forbidden.status).toBe(403);
    expect((await fetch(`${api.url}/files/agreement?token=forged`)).status).toBe(401);
    expect((await fetch(`${api.url}/files/agreement`)).status).toBe(401);
  });
});
