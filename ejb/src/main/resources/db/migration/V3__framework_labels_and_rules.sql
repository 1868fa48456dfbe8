-- Frameworks as data, continued: level labels per scale, whether the weights are confirmed, the
-- rounding rule, and the hash of the files a version was read from (a changed file replaces it).
ALTER TABLE framework_version ADD weights_uncertain INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE framework_version ADD rounding_decimals INTEGER DEFAULT 2 NOT NULL;
ALTER TABLE framework_version ADD rounding_mode VARCHAR(20) DEFAULT 'HALF_UP' NOT NULL;
ALTER TABLE framework_version ADD source_hash VARCHAR(64);

CREATE TABLE level_label (
  framework_code VARCHAR(30)  NOT NULL,
  scale_code     VARCHAR(20)  NOT NULL,
  level_no       INTEGER      NOT NULL,
  label_id       VARCHAR(100) NOT NULL,
  label_en       VARCHAR(100),
  aliases        VARCHAR(300),
  CONSTRAINT fk_label_framework FOREIGN KEY (framework_code) REFERENCES framework_version (code)
);
