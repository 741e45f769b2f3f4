#!/usr/bin/env bash
# Run once by the postgres image when it initialises an empty data directory (docker-entrypoint-initdb.d).
# Creates Sesam's two roles: sesam_agare owns the database and its schema and runs the migrations; sesam_app is what
# the running app connects as, with the rights sesam_agare grants it after each migration (on the PDL log only
# SELECT and INSERT). Neither is a superuser, so the app's role can neither alter the log nor disable its trigger.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v agare_losenord="$SESAM_DB_OWNER_PASSWORD" -v app_losenord="$SESAM_DB_PASSWORD" <<'SQL'
CREATE ROLE sesam_agare LOGIN PASSWORD :'agare_losenord';
CREATE ROLE sesam_app LOGIN PASSWORD :'app_losenord';
ALTER DATABASE sesam OWNER TO sesam_agare;
ALTER SCHEMA public OWNER TO sesam_agare;
REVOKE ALL ON DATABASE sesam FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE sesam TO sesam_app;
SQL
