#pragma once
// Scalr + Azure: Scalr's API answers 501 NotImplemented "MS Azure allows only OAuth
// authentication" for AzureCloudCredentials (Scalr 5.11 CloudCredentials.php), so nothing is
// sent: the verified values are handed over to Scalr's web flow.
#include "Submission.h"

namespace cc {

class ScalrAzureHandOver : public Submission {
    Q_OBJECT
public:
    using Submission::Submission;
    void start() override;
};

} // namespace cc
