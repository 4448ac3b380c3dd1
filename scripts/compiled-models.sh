#!/usr/bin/env bash
# Regenerates the compiled EF Core model of both provider contexts (src/SESLIP.Newsletter.Web/Data/CompiledModels).
# Run it after every `dotnet ef migrations add` (README.md, "Changing the model"); CompiledModelTests fails until
# it has been run. The site loads these models instead of building its model at every start
# (docs/adr/0041-start-up-work.md).
#   scripts/compiled-models.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
project=src/SESLIP.Newsletter.Web
dotnet tool restore >/dev/null
dotnet build "$project" -nologo -v quiet
for provider in Sqlite SqlServer; do
    # A clean folder, so an entity type removed from the model leaves no file behind.
    rm -rf "$project/Data/CompiledModels/$provider"
    dotnet ef dbcontext optimize --no-build --project "$project" --context "${provider}NewsletterDbContext" \
        --output-dir "Data/CompiledModels/$provider" --namespace "SESLIP.Newsletter.Web.Data.CompiledModels.$provider"
done
