-- The day an idle adoption's adopter was last reminded (issue 13: one reminder per 60 idle days).
ALTER TABLE adoption ADD reminded_on DATE;
