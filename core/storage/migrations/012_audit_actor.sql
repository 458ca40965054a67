-- Migration 12: the audit viewer filters by who acted (issue 6); newest first within a person.
-- Never edit this file once it has landed.
CREATE INDEX audit_log_actor ON audit_log(actor, seq);
