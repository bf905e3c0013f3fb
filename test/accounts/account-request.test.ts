import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REQUEST_ACCOUNT, requestInput, uniqueCui, uniqueEmail,
} from '../support/accounts.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let api: TestApp;
let sink: SmtpSink;
let db: pg.Client;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApp({ SMTP_URL: sink.url });
  db = new pg.Client({ connectionString: api.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await api?.stop();
  await sink?.stop();
});

async function counts(): Promise<{ accounts: number; users: number; mails: number }> {
  const { rows } = await db.query<{ accounts: string; users: string; mails: string }>(
    `select (select count(*) from accounts) as accounts, (select count(*) from users) as users,
            (select count(*) from mail_outbox) as mails`,
  );
  return { accounts: Number(rows[0]!.accounts), users: Number(rows[0]!.users),
    mails: Number(rows[0]!.mails) };
}

const contact = (overrides: Record<string, unknown> = {}) => ({
  name: 'Ana Pop', email: uniqueEmail(), phone: '0722123456', ...overrides,
});

describe('requestAccount refuses bad input, naming the field, and writes nothing', () => {
  it.each([
    ['a CUI with a wrong control digit', { cui: 'RO14399841' }, 'input.cui'],
    ['a CUI with letters', { cui: '1439A840' }, 'input.cui'],
    ['no contacts', { contacts: [] }, 'input.contacts'],
    ['a bad email', { contacts: [contact({ email: 'ana@' })] }, 'input.contacts.0.email'],
    ['a German phone', { contacts: [contact({ phone: '+4930123' })] }, 'input.contacts.0.phone'],
    ['a bad locale', { contacts: [contact({ locale: 'de' })] }, 'input.contacts.0.locale'],
    ['a blank company name', { companyName: '  ' }, 'input.companyName'],
    ['a NUL in the company name', { companyName: 'Firma\u0000 SRL' }, 'input.companyName'],
    ['a control character in a contact name',
      { contacts: [contact({ name: 'Ana\u0007Pop' })] }, 'input.contacts.0.name'],
    ['a NUL in a contact email',
      { contacts: [contact({ email: 'ana\u0000@firma.ro' })] }, 'input.contacts.0.email'],
    ['a bad postal code', {
      address: { street: 'Str. 1', city: 'Cluj', county: 'Cluj', postalCode: '4000' },
    }, 'input.address.postalCode'],
  ])('%s', async (_what, overrides, field) => {
    const before = await counts();

    const error = await api.client.fails(REQUEST_ACCOUNT, { input: requestInput(overrides) });

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('two contacts with one email', async () => {
    const email = uniqueEmail();
    const error = await api.client.fails(REQUEST_ACCOUNT, {
      input: requestInput({
        contacts: [contact({ email }), contact({ email: email.toUpperCase() })],
      }),
    });
    expect(error.extensions?.field).toBe('input.contacts.1.email');
  });
});

describe('requestAccount and existing accounts', () => {
  it('stores the CUI as digits and refuses it again, with or without RO: CONFLICT', async () => {
    const cui = uniqueCui();
    const first = await api.client.ok(REQUEST_ACCOUNT, {
      input: requestInput({ cui: `ro ${cui}` }),
    });
    expect(first.requestAccount.cui).toBe(cui);
    const before = await counts();

    for (const again of [cui, `RO${cui}`]) {
      const input = requestInput({ cui: again });
      const error = await api.client.fails(REQUEST_ACCOUNT, { input });
      expect(error.extensions?.code).toBe('CONFLICT');
    }
    expect(await counts()).toEqual(before);
  });

  it('lets only one of two concurrent requests for a CUI through', async () => {
    const cui = uniqueCui();
    const results = await Promise.all([1, 2].map(() =>
      api.client.request(REQUEST_ACCOUNT, { input: requestInput({ cui }) })));

    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    const loser = results.find((r) => r.errors !== undefined)!;
    expect(loser.errors![0]!.extensions?.code).toBe('CONFLICT');
    const { rows } = await db.query('select id from accounts where cui = $1', [cui]);
    expect(rows).toHaveLength(1);
  });

  it('refuses a contact whose email already has a user, as a CONFLICT', async () => {
    const email = uniqueEmail();
    const input = requestInput({ contacts: [contact({ email })] });
    await api.client.ok(REQUEST_ACCOUNT, { input });

    const error = await api.client.fails(REQUEST_ACCOUNT, {
      input: requestInput({ contacts: [contact(), contact({ email })] }),
    });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toContain(email);
  });

  it('records the request as the first change of the account', async () => {
    const { requestAccount } = await api.client.ok(REQUEST_ACCOUNT, {
      input: requestInput(),
    });
    const { rows } = await db.query(
      `select actor_id, actor_label, field, old_value, new_value
       from account_changes where account_id = $1`,
      [requestAccount.id],
    );
    expect(rows).toEqual([{ actor_id: null, actor_label: 'public request', field: 'status',
      old_value: null, new_value: 'PENDING' }]);
  });
});
