-- escalation_audit is append-only, like the other audit tables (V22_1)
CREATE TRIGGER escalation_audit_no_update BEFORE UPDATE ON escalation_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'escalation_audit is append-only: audit rows are never changed';
CREATE TRIGGER escalation_audit_no_delete BEFORE DELETE ON escalation_audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'escalation_audit is append-only: audit rows are never removed';
