-- What an organisation is (the power list allows an item to organisations of given kinds). Every organisation made
-- before this was a market (quality and technical) supervision bureau.
ALTER TABLE identity.organisation ADD COLUMN kind text NOT NULL DEFAULT 'MARKET_SUPERVISION'
    CHECK (kind IN ('MARKET_SUPERVISION', 'INSPECTION_QUARANTINE', 'TECHNICAL_INSTITUTION', 'PARTNER_AGENCY'));
