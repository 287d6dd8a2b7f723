#include "ScalrAzureHandOver.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Submission)
};
} // namespace

namespace cc {

void ScalrAzureHandOver::start()
{
    SubmissionResult r;
    r.status = m_options.dryRun ? SubmissionStatus::DryRun : SubmissionStatus::HandedOver;
    r.message = Tr::tr("Scalr's API does not accept Azure credentials (it answers 501 NotImplemented: “MS Azure allows only "
                       "OAuth authentication”), so nothing was sent. Everything is verified; finish in Scalr's web UI: "
                       "Cloud credentials → New → Microsoft Azure, tenant name %1, subscription %2, then approve the "
                       "consent Scalr asks for.")
                    .arg(m_profile.azure.tenantName, m_profile.azure.subscriptionId);
    r.fix = Tr::tr("Open Scalr, add the credentials with the values above, and link them to your environments.");
    finish(r);
}

} // namespace cc
