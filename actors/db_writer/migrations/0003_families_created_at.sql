-- When a family first reached the database: the scheduler sends nothing for periods that
-- were due before it (a parent who onboards at 23:00 gets no 20:00 check-in at once).
-- Upserts never touch it, so it stays the first flush of the family's record.
ALTER TABLE families ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
