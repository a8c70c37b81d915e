-- A resident's report on a listing is in their own words, so it names who made it and goes when
-- they are erased (DELETE MY DATA, or the retention sweep). Reports from before this migration
-- have no person and go with the retention window.
ALTER TABLE listing_reports ADD COLUMN person_id TEXT REFERENCES people(id) ON DELETE CASCADE;
