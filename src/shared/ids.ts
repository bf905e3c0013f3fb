const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a client-given id can name a record at all. Ids are UUIDs inside;
 * checking first keeps "abc" from reaching PostgreSQL as a uuid cast error
 * (which would answer INTERNAL_SERVER_ERROR instead of NOT_FOUND).
 */
export function isRecordId(value: string): boolean {
  return UUID.test(value);
}
