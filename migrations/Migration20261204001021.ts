import { Migration } from '@mikro-orm/migrations';

export class Migration20261204001021 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "thread_watchers" ("instance_id" uuid not null, "quote_id" uuid not null, "side" "author_role" not null, "expires_at" timestamptz not null, constraint "thread_watchers_pkey" primary key ("instance_id", "quote_id", "side"));`);
    this.addSql(`create index "thread_watchers_quote_id_side_expires_at_index" on "thread_watchers" ("quote_id", "side", "expires_at");`);

    this.addSql(`alter table "thread_watchers" add constraint "thread_watchers_quote_id_foreign" foreign key ("quote_id") references "quotes" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "thread_watchers" cascade;`);
  }

}
