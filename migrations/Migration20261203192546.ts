import { Migration } from '@mikro-orm/migrations';

export class Migration20261203192546 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "live_events" ("id" bigserial primary key, "payload" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "live_events_created_at_index" on "live_events" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "live_events" cascade;`);
  }

}
