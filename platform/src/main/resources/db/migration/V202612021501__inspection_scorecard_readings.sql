-- Scorecards were stored with an English "reading" per factor and the joint effects as lines of their own
-- ("JOINT_EFFECTS:ORIGIN"). They are now stored as a message key with typed arguments, one line per characteristic.
-- What the old lines measured is not kept beside them, so they cannot be worded anew: each old line keeps its text as
-- the single argument of the key risk.reading.LEGACY, and a joint effect's points join its characteristic's line.
UPDATE inspection.lots l
   SET scorecard = (
       SELECT jsonb_agg(jsonb_build_object('factor', g.factor, 'messageKey', 'risk.reading.LEGACY',
                                           'arguments', jsonb_build_array(g.reading), 'points', g.points)
                        ORDER BY g.factor <> 'BASE', abs(g.points) DESC, g.first)
         FROM (SELECT regexp_replace(f.value ->> 'factor', '^JOINT_EFFECTS:', '') AS factor,
                      string_agg(f.value ->> 'reading', '; '
                                 ORDER BY f.value ->> 'factor' LIKE 'JOINT_EFFECTS:%', f.ord) AS reading,
                      sum((f.value ->> 'points')::int) AS points,
                      min(f.ord) AS first
                 FROM jsonb_array_elements(l.scorecard) WITH ORDINALITY AS f(value, ord)
                GROUP BY 1) g)
 WHERE jsonb_array_length(l.scorecard) > 0 AND l.scorecard -> 0 ? 'reading';
