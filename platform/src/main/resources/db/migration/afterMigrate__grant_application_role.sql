-- The platform's own role gets its grants here, after every migrate and as the owner who ran it, so that a schema
-- or table a later migration adds is covered too. The role is the placeholder application-role
-- (spring.datasource.username, or qualityguard_app on the embedded server; see application.yml).
-- It may read and write every module's tables and sequences, Spring Modulith's event registry included, but on the
-- audit trail only read and append: no UPDATE, DELETE or TRUNCATE of identity.audit_entry. COPY ... FROM STDIN, with
-- which the trail appends, needs no more than INSERT. The head row (identity.audit_head) it must update; the MAC it
-- holds is what protects it.
DO $grants$
DECLARE
    application text := '${application-role}';
    s record;
BEGIN
    IF application = current_user THEN
        -- One user for both (an external database given a single account): nothing to withhold from it, and then
        -- only the keyed MAC and the checkpoints outside the database protect the trail.
        RETURN;
    END IF;
    FOR s IN SELECT n.nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
             WHERE r.rolname = current_user AND n.nspname NOT LIKE 'pg\_%'
               AND n.nspname NOT IN ('information_schema', 'public')
    LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s.nspname, application);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s.nspname, application);
        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', s.nspname, application);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                       s.nspname, application);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I',
                       s.nspname, application);
    END LOOP;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON identity.audit_entry FROM %I', application);
END
$grants$;
