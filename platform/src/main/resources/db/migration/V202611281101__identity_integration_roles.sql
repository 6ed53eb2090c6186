-- Integration accounts of declaring systems (the single window) and laboratory systems hold roles of their own.
ALTER TABLE identity.staff_role DROP CONSTRAINT staff_role_role_check;
ALTER TABLE identity.staff_role ADD CONSTRAINT staff_role_role_check
    CHECK (role IN ('INSPECTOR', 'ANALYST', 'CHIEF', 'ADMIN', 'PARTNER', 'DECLARATION_SYSTEM', 'LABORATORY'));
