import { Migration } from '@mikro-orm/migrations';

export class Migration20261204002051 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "quotes" add column "shared_with_customer_at" timestamptz null;`);

    this.addSql(`alter table "feedback" add column "internal" boolean not null default false;`);

    // Existing quotes were shared when first sent or placed, as their history tells; a
    // message written before that is staff's note on the draft.
    this.addSql(`update "quotes" q set "shared_with_customer_at" = (
      select min(h."created_at") from "quote_history" h
       where h."quote_id" = q."id" and h."to" in ('SENT', 'AWAITING_APPROVAL'));`);
    this.addSql(`update "feedback" f set "internal" = true from "quotes" q
      where q."id" = f."quote_id"
        and (q."shared_with_customer_at" is null or f."created_at" < q."shared_with_customer_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "feedback" drop column "internal";`);

    this.addSql(`alter table "quotes" drop column "shared_with_customer_at";`);
  }

}
