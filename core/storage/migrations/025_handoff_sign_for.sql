-- Migration 25: an agency signs for a handoff (签收) within one working day of it being handed over
-- (issue 20). The day is kept on the handoff, worked out on the Chinese working-day calendar when
-- it is made (for handoffs made before this migration, by the migration's code step), so the
-- agency's record can count late sign-fors with plain SQL. Never edit this file once it has landed.
ALTER TABLE handoffs ADD COLUMN sign_due TEXT; -- China date, YYYY-MM-DD
