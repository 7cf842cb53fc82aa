-- Issue 8: the audit log and the application history are append-only. The application may
-- insert rows; a row trigger refuses every UPDATE and DELETE, whoever asks (the owner too).
-- TRUNCATE, which fires no row trigger, stays possible for the owner: `npm run db:seed --
-- --reset` empties a demo database with it. On a production PostgreSQL where the application
-- connects with its own role (not the owner), also run, as the owner:
--   REVOKE UPDATE, DELETE, TRUNCATE ON "audit_entry", "application_event" FROM <app role>;
-- (see README, "Going live").
CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % refused: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_entry_append_only"
  BEFORE UPDATE OR DELETE ON "audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();

CREATE TRIGGER "application_event_append_only"
  BEFORE UPDATE OR DELETE ON "application_event"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
