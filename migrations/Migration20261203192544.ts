import { Migration } from '@mikro-orm/migrations';

export class Migration20261203192544 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "token_purpose" as enum ('ACTIVATE_USER', 'RESET_PASSWORD', 'UPLOAD_AGREEMENT');`);
    this.addSql(`create table "rate_limits" ("key" varchar(100) not null, "window_start" timestamptz not null, "hits" int not null, constraint "rate_limits_pkey" primary key ("key"));`);
    this.addSql(`create index "rate_limits_window_start_index" on "rate_limits" ("window_start");`);

    this.addSql(`create table "signed_agreements" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "content" bytea not null, "size" int not null, "sha256" varchar(64) not null, constraint "signed_agreements_pkey" primary key ("id"));`);
    this.addSql(`alter table "signed_agreements" add constraint "signed_agreements_account_id_unique" unique ("account_id");`);

    this.addSql(`create table "one_time_tokens" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "purpose" "token_purpose" not null, "token_hash" varchar(64) not null, "user_id" uuid null, "account_id" uuid null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "one_time_tokens_pkey" primary key ("id"));`);
    this.addSql(`alter table "one_time_tokens" add constraint "one_time_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "one_time_tokens_user_id_index" on "one_time_tokens" ("user_id");`);
    this.addSql(`create index "one_time_tokens_account_id_index" on "one_time_tokens" ("account_id");`);

    this.addSql(`create table "account_changes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "actor_id" uuid null, "actor_label" varchar(254) not null, "field" varchar(60) not null, "old_value" text null, "new_value" text null, constraint "account_changes_pkey" primary key ("id"));`);
    this.addSql(`create index "account_changes_account_id_created_at_index" on "account_changes" ("account_id", "created_at");`);

    this.addSql(`alter table "signed_agreements" add constraint "signed_agreements_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "one_time_tokens" add constraint "one_time_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "one_time_tokens" add constraint "one_time_tokens_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account_changes" add constraint "account_changes_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_changes" add constraint "account_changes_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limits" cascade;`);

    this.addSql(`drop table if exists "signed_agreements" cascade;`);

    this.addSql(`drop table if exists "one_time_tokens" cascade;`);

    this.addSql(`drop table if exists "account_changes" cascade;`);

    this.addSql(`drop type "token_purpose";`);
  }

}
