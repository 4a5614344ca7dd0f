-- The audit tables are append-only: the database itself refuses to change or remove a row, whatever
-- client connects (the application has no code path that would; see AppendOnlyRepository). MySQL only
-- (db/mysql), numbered after V22 so it runs once the tables exist; a later audit table gets its
-- triggers in a V<n>_1 file here beside its own migration (AuditAppendOnlyTest checks).
-- Creating triggers needs the TRIGGER privilege (and, with binary logging on, log_bin_trust_function_creators).
CREATE TRIGGER grade_audit_no_update BEFORE UPDATE ON grade_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'grade_audit is append-only: audit rows are never changed';
CREATE TRIGGER grade_audit_no_delete BEFORE DELETE ON grade_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'grade_audit is append-only: audit rows are never removed';
CREATE TRIGGER score_audit_no_update BEFORE UPDATE ON score_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'score_audit is append-only: audit rows are never changed';
CREATE TRIGGER score_audit_no_delete BEFORE DELETE ON score_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'score_audit is append-only: audit rows are never removed';
CREATE TRIGGER tally_audit_no_update BEFORE UPDATE ON tally_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'tally_audit is append-only: audit rows are never changed';
CREATE TRIGGER tally_audit_no_delete BEFORE DELETE ON tally_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'tally_audit is append-only: audit rows are never removed';
CREATE TRIGGER routine_audit_no_update BEFORE UPDATE ON routine_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'routine_audit is append-only: audit rows are never changed';
CREATE TRIGGER routine_audit_no_delete BEFORE DELETE ON routine_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'routine_audit is append-only: audit rows are never removed';
CREATE TRIGGER special_audit_no_update BEFORE UPDATE ON special_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'special_audit is append-only: audit rows are never changed';
CREATE TRIGGER special_audit_no_delete BEFORE DELETE ON special_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'special_audit is append-only: audit rows are never removed';
CREATE TRIGGER term_audit_no_update BEFORE UPDATE ON term_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'term_audit is append-only: audit rows are never changed';
CREATE TRIGGER term_audit_no_delete BEFORE DELETE ON term_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'term_audit is append-only: audit rows are never removed';
CREATE TRIGGER finding_audit_no_update BEFORE UPDATE ON finding_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'finding_audit is append-only: audit rows are never changed';
CREATE TRIGGER finding_audit_no_delete BEFORE DELETE ON finding_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'finding_audit is append-only: audit rows are never removed';
