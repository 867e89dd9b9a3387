#!/bin/sh
# Runs once, when the postgres container initialises its data folder (docker-compose.yml).
# Lets the application role sign in; the migrations create it if missing and give it its rights
# (INSERT and SELECT only on audit_logs). The owner (POSTGRES_USER) runs the migrations.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v pw="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE ltci_app LOGIN PASSWORD :'pw';
SQL
