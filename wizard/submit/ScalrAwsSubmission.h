#pragma once
// Scalr + AWS, as Scalr's server defines it (Scalr 5.11 api/v1beta0/account.yaml and user.yaml,
// CloudCredentials.php; docs/api-reference.md "Scalr API v2"):
//  1. per target collection (global, account — with the 5.11 route on 404 EndpointNotFound — or
//     each environment's own), list credentials of that name page by page; lists carry summaries
//     only, so each candidate is read with GET …/cloud-credentials/{id}/ and compared (type,
//     account type, access key);
//  2. none → create (POST, 201); one identical → reuse; one that differs → a conflict, or with
//     `replace` a PATCH of the alterable properties only;
//  3. link every environment: POST …/environments/{envId}/clouds/ec2/ {"id": …} (creating at
//     environment scope does not link either). An environment already linked to these
//     credentials is left alone; 409 ObjectInUse and other refusals leave it unlinked, named
//     with Scalr's words: the submission is then `incomplete`.
#include "Submission.h"

#include <QJsonObject>

namespace cc {

class ScalrClient;

class ScalrAwsSubmission : public Submission {
    Q_OBJECT
public:
    ScalrAwsSubmission(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options, QObject *parent = nullptr);
    void start() override;

private:
    struct Target {
        QString collection; // …/cloud-credentials/
        QStringList envs;   // environments to link the credentials of this collection to
    };
    using Found = std::function<void(const QStringList &ids)>;

    void runTarget(int t);
    void list(int t, int page, QStringList ids, const Found &done);
    void inspect(int t, const QStringList &ids, int k, QStringList differing);
    void create(int t);
    void replace(int t, const QString &id);
    void link(int t, const QString &id, int e);
    void linkOne(int t, const QString &id, int e, const QString &env);
    void targetDone(int t);
    void finishAll();
    bool matches(const QJsonObject &credentials) const;
    QString linkPath(const QString &env, bool legacy) const;
    QString collectionOf(int t) const;

    ScalrClient *m_scalr;
    QList<Target> m_targets;
    bool m_legacyAccountRoute = false; // a 5.11 server: routes without {accountId}
    bool m_legacyLinkRoute = false;
    QStringList m_ids;
    QStringList m_notes;
    QList<EnvironmentLink> m_environments;
    bool m_created = false;
    bool m_updated = false;
};

} // namespace cc
