-- Issue 23: the station an online request was routed to (its code), so the city, which sees every
-- request, does not accept one that is a county's to accept. Empty: the city's own.
ALTER TABLE online_requests ADD COLUMN station TEXT NOT NULL DEFAULT '';
