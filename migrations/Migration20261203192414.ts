import { Migration } from '@mikro-orm/migrations';

export class Migration20261203192414 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "outbox_status" as enum ('PENDING', 'SENT', 'FAILED');`);
    this.addSql(`create table "mail_outbox" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" varchar(64) not null, "record_id" varchar(64) null, "to_address" varchar(254) not null, "subject" varchar(300) not null, "text_body" text not null, "html_body" text not null, "status" "outbox_status" not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "locked_until" timestamptz null, "claim_token" uuid null, "last_error" text null, "sent_at" timestamptz null, constraint "mail_outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "mail_outbox_status_next_attempt_at_index" on "mail_outbox" ("status", "next_attempt_at");`);

    // Wakes the mail senders of every instance when a transaction that queued
    // mail commits (NOTIFY is delivered on commit only; repeats are merged).
    this.addSql(`create function "mail_outbox_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('portal_mail', '');
        return null;
      end
    $$;`);
    this.addSql(`create trigger "mail_outbox_notify" after insert on "mail_outbox" for each statement execute function "mail_outbox_notify"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "mail_outbox_notify" on "mail_outbox";`);
    this.addSql(`drop function if exists "mail_outbox_notify"();`);
    this.addSql(`drop table if exists "mail_outbox" cascade;`);

    this.addSql(`drop type "outbox_status";`);
  }

}
