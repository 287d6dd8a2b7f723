#pragma once
// The four journeys (platform × cloud) as data: which pages a journey shows, in which order, and
// which live checks apply. Tested without widgets; the wizard's nextId() reads it.
#include "Profile.h"
#include "SecretValues.h"

#include <QList>
#include <QString>

namespace cc {

enum class PageId { Start, Platform, Cloud, Network, ConnectionPolicy, Identity, Credentials, Billing, Verify, Review, Done };

struct Journey {
    PlatformKind platform = PlatformKind::Scalr;
    CloudKind cloud = CloudKind::Aws;
    static Journey of(const Profile &p) { return {p.platform.kind, p.cloud}; }
    bool operator==(const Journey &o) const { return platform == o.platform && cloud == o.cloud; }
};

QString journeyTitle(const Journey &j); // e.g. "Scalr + AWS"
QString pageKey(PageId id);             // stable name, e.g. "connection-policy"
QList<PageId> journeyPages(const Journey &j);
// The page after `current`, or nullopt at the end. A page not in the journey continues from the
// next page that is.
std::optional<PageId> nextPage(const Journey &j, PageId current);

struct LiveCheck {
    QString id;    // stable ids of docs/cli.md
    QString title; // what it proves, in words
    bool applies = false;
    QString skipReason; // why it does not apply, when it does not
};

QList<LiveCheck> liveChecks(const Profile &p);

// The secrets the profile's journey uses: the platform's (Scalr secret key or Spot token), the AWS
// secret access key (Scalr; Spot only when an access key is given, for verification) or the
// Azure client secret. Only these are stored, sent or exported.
QList<SecretString SecretValues::*> journeySecrets(const Profile &p);
SecretValues onlyJourneySecrets(const SecretValues &all, const Profile &p);

} // namespace cc
