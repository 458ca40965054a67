-- Issue 23: what the station made of an online request, for the applicant's status look-up.
ALTER TABLE online_requests ADD COLUMN case_number TEXT;
ALTER TABLE online_requests ADD COLUMN return_reason TEXT;
