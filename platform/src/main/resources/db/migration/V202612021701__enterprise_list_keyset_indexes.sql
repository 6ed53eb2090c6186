-- The registry's list is paged by seeking on (sort key, credit code) and counted exactly. Each sortable key gets an
-- index on (key, credit_code) that also carries the division code, so that the count, the boundary of a typed page
-- number and the seek are answered from the index alone within a reader's division range.
DROP INDEX enterprise.enterprise_name;
CREATE INDEX enterprise_name ON enterprise.enterprise (name, credit_code) INCLUDE (division_code);
CREATE INDEX enterprise_division_code ON enterprise.enterprise (division_code, credit_code);
CREATE INDEX enterprise_code_division ON enterprise.enterprise (credit_code) INCLUDE (division_code);
