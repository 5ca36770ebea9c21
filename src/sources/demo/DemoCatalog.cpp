// The made-up projects, branches and session titles the demo history draws from.
#include "sources/demo/DemoCatalog.h"

namespace tokenwise::demo {

const QList<DemoProject> &demoProjects()
{
    static const QList<DemoProject> projects = {
        {QStringLiteral("/home/demo/src/payments-api"),
         5,
         {
             {QStringLiteral("feature/PAY-1423-refund-webhooks"),
              {QStringLiteral("Refund webhook retries"), QStringLiteral("Idempotency keys for refund events"),
               QStringLiteral("Webhook signature verification tests")}},
             {QStringLiteral("fix/PAY-1440-currency-rounding"),
              {QStringLiteral("Fix currency rounding in invoices"),
               QStringLiteral("Zero-decimal currencies in invoice totals")}},
             {QStringLiteral("feature/PAY-1452-ledger-export"),
              {QStringLiteral("Ledger CSV export endpoint"), QStringLiteral("Stream large ledger exports"),
               QStringLiteral("Pagination for ledger export API")}},
             {QStringLiteral("main"),
              {QStringLiteral("Bump dependencies and fix deprecations"),
               QStringLiteral("Investigate flaky settlement test")}},
         }},
        {QStringLiteral("/home/demo/src/web-dashboard"),
         4,
         {
             {QStringLiteral("fix/WEB-88-login-redirect"),
              {QStringLiteral("Login redirect loop after SSO"),
               QStringLiteral("Preserve return URL across login")}},
             {QStringLiteral("feature/WEB-102-usage-charts"),
              {QStringLiteral("Usage chart component"), QStringLiteral("Chart tooltips and legend"),
               QStringLiteral("Date range picker for charts")}},
             {QStringLiteral("feature/WEB-117-dark-mode"),
              {QStringLiteral("Dark mode theme tokens"), QStringLiteral("Fix contrast in dark mode tables")}},
             {QStringLiteral("main"),
              {QStringLiteral("Upgrade Vite and fix build warnings"),
               QStringLiteral("Remove unused feature flags")}},
         }},
        {QStringLiteral("/home/demo/src/infra-terraform"),
         2,
         {
             {QStringLiteral("chore/OPS-311-rds-upgrade"),
              {QStringLiteral("Plan RDS Postgres 16 upgrade"),
               QStringLiteral("Parameter group changes for Postgres 16")}},
             {QStringLiteral("feature/OPS-320-ci-runner-autoscaling"),
              {QStringLiteral("Autoscaling group for CI runners"),
               QStringLiteral("Spot instance fallback for runners")}},
             {QStringLiteral("main"), {QStringLiteral("Terraform provider upgrades")}},
         }},
        {QStringLiteral("/home/demo/src/mobile-app"),
         3,
         {
             {QStringLiteral("feature/MOB-57-offline-sync"),
              {QStringLiteral("Offline sync queue"), QStringLiteral("Conflict resolution for offline edits"),
               QStringLiteral("Retry backoff for sync uploads")}},
             {QStringLiteral("fix/MOB-63-push-token-refresh"),
              {QStringLiteral("Push token refresh on app resume")}},
             {QStringLiteral("main"), {QStringLiteral("Update iOS deployment target")}},
         }},
        {QStringLiteral("/home/demo/src/data-pipeline"),
         1,
         {
             {QStringLiteral("feature/DATA-19-dedupe-events"),
              {QStringLiteral("Deduplicate late-arriving events"),
               QStringLiteral("Backfill job for deduplicated tables")}},
             {QStringLiteral("main"), {QStringLiteral("Speed up nightly aggregation job")}},
         }},
    };
    return projects;
}

DemoProject surgeProject()
{
    return {QStringLiteral("/home/demo/src/payments-api"),
            1,
            {{QStringLiteral("chore/PAY-1471-settlement-test-fixtures"),
              {QStringLiteral("Fix failing settlement integration tests")}}}};
}

} // namespace tokenwise::demo
