-- The council area of the place each search was made near (the gazetteer's area, never the
-- place or the person), so the figures can show searches and gaps in provision by area.
ALTER TABLE asks ADD COLUMN area TEXT;
