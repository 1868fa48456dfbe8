-- The national mean of each domain per year, as published beside the national index.
CREATE TABLE national_index_value (
  index_year INTEGER      NOT NULL,
  node_code  VARCHAR(20)  NOT NULL,
  node_value NUMERIC(6,2) NOT NULL,
  CONSTRAINT pk_national_index_value PRIMARY KEY (index_year, node_code),
  CONSTRAINT fk_national_value_year FOREIGN KEY (index_year) REFERENCES national_index (index_year)
);
