-- The audit trail: one row per change to assessment or result data, never updated.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
  id       BIGINT        NOT NULL,
  at_time  TIMESTAMP     NOT NULL,
  username VARCHAR(64)   NOT NULL,
  action   VARCHAR(60)   NOT NULL,
  subject  VARCHAR(100)  NOT NULL,
  detail   VARCHAR(4000),
  CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_subject ON audit_entry (subject, at_time);
