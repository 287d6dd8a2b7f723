#include "ScalrAwsSubmission.h"

#include "PlatformClients.h"
#include "PlatformRoutes.h"
#include "SubmissionBody.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Submission)
};
} // namespace

namespace cc {

namespace {

constexpr int kMaxPages = 20; // name-filtered lists are short; a server that pages on forever is cut off

QString idOf(const QJsonValue &v)
{
    return v.toVariant().toString().left(64);
}

QString errorCode(const PlatformAnswer &a)
{
    return a.errors.value(0).code;
}

} // namespace

ScalrAwsSubmission::ScalrAwsSubmission(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options,
                                       QObject *parent)
    : Submission(p, secrets, http, options, parent),
      m_scalr(new ScalrClient(http, QUrl(p.platform.endpoint), p.platform.apiKeyId, m_secrets.scalrSecretKey, this))
{
}

void ScalrAwsSubmission::start()
{
    const QStringList collections = scalrCredentialsPaths(m_profile);
    if (m_profile.platform.scope == ScalrScope::Environment) {
        // Each environment's own collection, and that environment linked to what is there.
        for (int i = 0; i < collections.size(); ++i)
            m_targets.append({collections.at(i), {m_profile.platform.environmentIds.value(i)}});
    } else if (!collections.isEmpty()) {
        m_targets.append({collections.first(), m_profile.platform.environmentIds});
    }
    runTarget(0);
}

QString ScalrAwsSubmission::collectionOf(int t) const
{
    return m_legacyAccountRoute && m_profile.platform.scope == ScalrScope::Account ? scalrLegacyAccountPath() : m_targets.at(t).collection;
}

bool ScalrAwsSubmission::matches(const QJsonObject &c) const
{
    return c.value(QStringLiteral("cloudCredentialsType")).toString() == QLatin1String("AwsCloudCredentials")
           && c.value(QStringLiteral("accountType")).toString() == scalrAccountType(m_profile.aws.partition)
           && c.value(QStringLiteral("accessKey")).toString() == m_profile.aws.accessKeyId;
}

void ScalrAwsSubmission::runTarget(int t)
{
    if (t >= m_targets.size()) {
        finishAll();
        return;
    }
    const QString name = scalrCredentialsName(m_profile);
    Q_EMIT progress(Tr::tr("Looking for credentials named “%1” in Scalr…").arg(name));
    list(t, 1, {}, [this, t](const QStringList &ids) {
        if (ids.isEmpty()) {
            if (m_options.dryRun) {
                m_notes << Tr::tr("Would create AWS credentials “%1” (%2) at %3.")
                               .arg(scalrCredentialsName(m_profile), scalrAccountType(m_profile.aws.partition), collectionOf(t));
                link(t, QString(), 0);
                return;
            }
            create(t);
            return;
        }
        inspect(t, ids, 0, {});
    });
}

// GET …/cloud-credentials/?name=…&pageNum=N: summaries (id, name, cloudCredentialsType, …) with
// "pagination": {"next": …} while there are more pages (Scalr 5.11 ApiController list responses;
// scalr-ctl reads pageNum from pagination.next). The next page is asked for by number, never by
// following a URL from the answer.
void ScalrAwsSubmission::list(int t, int page, QStringList ids, const Found &done)
{
    const QString name = scalrCredentialsName(m_profile);
    const QString collection = collectionOf(t);
    HeaderList query{{"name", name.toUtf8()}};
    if (page > 1)
        query.append({"pageNum", QByteArray::number(page)});
    track(m_scalr->call("GET", collection, query, {}, true, [this, t, page, ids, done, name](const PlatformAnswer &a) mutable {
        if (!a.ok() && a.http.status == 404 && errorCode(a) == QLatin1String("EndpointNotFound")
            && m_profile.platform.scope == ScalrScope::Account && !m_legacyAccountRoute) {
            // A 5.11 server: its account routes have no {accountId} (scalr-ctl chooses by the
            // routes the server serves; without its spec, only EndpointNotFound says so).
            m_legacyAccountRoute = true;
            m_legacyLinkRoute = true;
            list(t, 1, {}, done);
            return;
        }
        if (!a.ok()) {
            if (errorCode(a) == QLatin1String("ObjectNotFound") && m_profile.platform.scope != ScalrScope::Scalr) {
                SubmissionResult r;
                r.message = m_profile.platform.scope == ScalrScope::Account
                                ? Tr::tr("Scalr has no account %1 for this API key (ObjectNotFound: %2).")
                                      .arg(m_profile.platform.accountId, a.errors.value(0).message.left(300))
                                : Tr::tr("Scalr has no environment behind %1 for this API key (ObjectNotFound: %2).")
                                      .arg(collectionOf(t), a.errors.value(0).message.left(300));
                r.fix = Tr::tr("Check the account and environment ids on the Platform page (Scalr shows them in the "
                               "account and environment settings), and that the API key belongs to a user of that account.");
                r.pointer = m_profile.platform.scope == ScalrScope::Account ? QStringLiteral("/platform/accountId")
                                                                            : QStringLiteral("/platform/environmentIds");
                finish(r);
                return;
            }
            fail(a, Tr::tr("the credentials list"));
            return;
        }
        for (const QJsonValue &v : a.json.value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString id = idOf(o.value(QStringLiteral("id")));
            if (o.value(QStringLiteral("name")).toString() == name && !id.isEmpty() && !ids.contains(id))
                ids << id;
        }
        const QJsonValue next = a.json.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("next"));
        if (next.isString() && !next.toString().isEmpty() && page < kMaxPages) {
            list(t, page + 1, ids, done);
            return;
        }
        done(ids);
    }));
}

// GET …/cloud-credentials/{id}/: the whole object, with accountType and accessKey.
void ScalrAwsSubmission::inspect(int t, const QStringList &ids, int k, QStringList differing)
{
    const QString name = scalrCredentialsName(m_profile);
    if (k >= ids.size()) {
        const QString id = differing.value(0);
        if (!m_options.replace) {
            SubmissionResult r;
            r.id = id;
            r.conflict = true;
            r.message = Tr::tr("Scalr already has credentials named “%1” (id %2) with another key or type; submitting would "
                               "replace them.")
                            .arg(name, id);
            r.fix = Tr::tr("Confirm the replacement (headless: --replace), or choose another credentials name on the Platform page.");
            r.pointer = QStringLiteral("/platform/credentialsName");
            finish(r);
            return;
        }
        if (m_options.dryRun) {
            m_notes << Tr::tr("Would replace the key of credentials “%1” (id %2).").arg(name, id);
            link(t, id, 0);
            return;
        }
        replace(t, id);
        return;
    }
    const QString id = ids.at(k);
    track(m_scalr->call(
        "GET", collectionOf(t) + id + QLatin1Char('/'), {}, {}, true,
        [this, t, ids, k, differing, id, name](const PlatformAnswer &a) mutable {
            if (!a.ok()) {
                fail(a, Tr::tr("credentials “%1” (id %2)").arg(name, id));
                return;
            }
            if (matches(a.json.value(QStringLiteral("data")).toObject())) {
                m_notes << Tr::tr("Credentials “%1” (id %2) already exist with this key; nothing was sent for them.").arg(name, id);
                link(t, id, 0);
                return;
            }
            differing << id;
            inspect(t, ids, k + 1, differing);
        }));
}

void ScalrAwsSubmission::create(int t)
{
    const QString name = scalrCredentialsName(m_profile);
    const QString collection = collectionOf(t);
    auto created = [this, t, name](const QString &id, const QString &note) {
        m_created = true;
        m_notes << Tr::tr("Created AWS credentials “%1” (id %2%3).").arg(name, id, note);
        link(t, id, 0);
    };
    Q_EMIT progress(Tr::tr("Creating credentials “%1” in Scalr (Scalr verifies the AWS key itself)…").arg(name));
    // POST …/cloud-credentials/ → 201 with the object (Scalr 5.11 CloudCredentials.php createAction).
    track(m_scalr->call("POST", collection, {}, submissionBody(m_profile, &m_secrets), false,
                        [this, t, name, created](const PlatformAnswer &a) {
                            if (a.ok()) {
                                created(idOf(a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id"))), QString());
                                return;
                            }
                            auto found = std::make_shared<QString>();
                            confirmIfLost(
                                a, Tr::tr("the new credentials “%1”").arg(name),
                                [this, t, found](std::function<void(bool)> present) {
                                    list(t, 1, {}, [found, present](const QStringList &ids) {
                                        *found = ids.value(0);
                                        present(!ids.isEmpty());
                                    });
                                },
                                [created, found] { created(*found, Tr::tr("; the first answer was lost, Scalr confirmed them")); });
                        }));
}

// PATCH …/cloud-credentials/{id}/ with the alterable properties only: Scalr refuses any other
// (cloudCredentialsType is create-only) with 400 InvalidStructure.
void ScalrAwsSubmission::replace(int t, const QString &id)
{
    const QString name = scalrCredentialsName(m_profile);
    const QString path = collectionOf(t) + id + QLatin1Char('/');
    auto replaced = [this, t, id, name](const QString &note) {
        m_updated = true;
        m_notes << Tr::tr("Replaced the key of credentials “%1” (id %2%3).").arg(name, id, note);
        link(t, id, 0);
    };
    Q_EMIT progress(Tr::tr("Replacing the key of credentials “%1” in Scalr…").arg(name));
    track(m_scalr->call("PATCH", path, {}, scalrAlterableProperties(submissionBody(m_profile, &m_secrets)), false,
                        [this, path, name, replaced](const PlatformAnswer &a) {
                            if (a.ok()) {
                                replaced(QString());
                                return;
                            }
                            confirmIfLost(
                                a, Tr::tr("the replacement of “%1”").arg(name),
                                [this, path](std::function<void(bool)> present) {
                                    track(m_scalr->call("GET", path, {}, {}, true, [this, present](const PlatformAnswer &again) {
                                        present(again.ok() && matches(again.json.value(QStringLiteral("data")).toObject()));
                                    }));
                                },
                                [replaced] { replaced(Tr::tr("; the first answer was lost, Scalr confirmed it")); });
                        }));
}

QString ScalrAwsSubmission::linkPath(const QString &env, bool legacy) const
{
    return legacy || m_profile.platform.accountId.isEmpty() ? scalrLegacyEnvironmentCloudsPath(env)
                                                            : scalrEnvironmentCloudsPath(m_profile.platform.accountId, env);
}

void ScalrAwsSubmission::link(int t, const QString &id, int e)
{
    const QStringList envs = m_targets.at(t).envs;
    if (id.isEmpty() && !m_options.dryRun) {
        targetDone(t);
        return;
    }
    if (e >= envs.size()) {
        if (!id.isEmpty() && !m_ids.contains(id))
            m_ids << id;
        targetDone(t);
        return;
    }
    linkOne(t, id, e, envs.at(e));
}

void ScalrAwsSubmission::linkOne(int t, const QString &id, int e, const QString &env)
{
    const bool legacy = m_legacyLinkRoute;
    const QString clouds = linkPath(env, legacy);
    auto next = [this, t, id, e] { link(t, id, e + 1); };
    auto notLinked = [this, env, next](const QString &reason) {
        m_environments.append({env, false, reason});
        next();
    };
    // GET …/environments/{envId}/clouds/ → [{"cloud": "ec2", "credentials": {"id": …}}]: which
    // credentials the environment uses now (Scalr 5.11 account.yaml, CloudList).
    track(m_scalr->call("GET", clouds, {}, {}, true, [this, t, id, e, env, legacy, clouds, next, notLinked](const PlatformAnswer &now) {
        if (!now.ok() && now.http.status == 404 && errorCode(now) == QLatin1String("EndpointNotFound") && !legacy
            && !m_profile.platform.accountId.isEmpty()) {
            m_legacyLinkRoute = true; // a 5.11 server: /account/environments/… without {accountId}
            linkOne(t, id, e, env);
            return;
        }
        if (now.http.failure == NetFailure::Cancelled) {
            fail(now, QString());
            return;
        }
        if (!now.ok()) {
            notLinked(Tr::tr("Scalr did not show the environment's clouds (%1).").arg(now.errorText()));
            return;
        }
        QString current;
        for (const QJsonValue &v : now.json.value(QStringLiteral("data")).toArray())
            if (v.toObject().value(QStringLiteral("cloud")).toString() == QLatin1String("ec2"))
                current = idOf(v.toObject().value(QStringLiteral("credentials")).toObject().value(QStringLiteral("id")));
        if (!id.isEmpty() && current == id) {
            m_environments.append({env, true, {}});
            next();
            return;
        }
        if (m_options.dryRun) {
            m_notes << (current.isEmpty() ? Tr::tr("Would link environment %1.").arg(env)
                                          : Tr::tr("Would link environment %1 (replacing its AWS credentials %2).").arg(env, current));
            m_environments.append({env, true, {}});
            next();
            return;
        }
        Q_EMIT progress(Tr::tr("Linking the credentials to environment %1…").arg(env));
        // POST …/environments/{envId}/clouds/ec2/ with CloudCredentialsForeignKey {"id": …}:
        // "Associate/replace a Cloud Credentials for specified cloud" (Scalr 5.11 account.yaml).
        // 200 also when the same id is linked again, so it may be retried like a read.
        track(m_scalr->call("POST", clouds + QStringLiteral("ec2/"), {}, QJsonObject{{QStringLiteral("id"), id}}, true,
                            [this, env, next, notLinked](const PlatformAnswer &a) {
                                if (a.ok()) {
                                    m_updated = true;
                                    m_environments.append({env, true, {}});
                                    next();
                                    return;
                                }
                                if (a.http.failure == NetFailure::Cancelled) {
                                    fail(a, QString());
                                    return;
                                }
                                const PlatformError err = a.errors.value(0);
                                if (err.code == QLatin1String("ObjectInUse"))
                                    notLinked(
                                        Tr::tr("Scalr refused (ObjectInUse: %1): the environment's current AWS credentials are in use by "
                                               "servers or images. Link them in Scalr once nothing uses the old ones.")
                                            .arg(err.message.left(300)));
                                else
                                    notLinked(Tr::tr("Scalr refused (%1).").arg(a.errorText()));
                            }));
    }));
}

void ScalrAwsSubmission::targetDone(int t)
{
    runTarget(t + 1);
}

void ScalrAwsSubmission::finishAll()
{
    SubmissionResult r;
    r.id = m_ids.join(QLatin1Char(','));
    r.environments = m_environments;
    QStringList notLinked;
    for (const EnvironmentLink &e : std::as_const(m_environments))
        if (!e.linked)
            notLinked << Tr::tr("environment %1: %2").arg(e.id, e.reason);
    QStringList linked;
    for (const EnvironmentLink &e : std::as_const(m_environments))
        if (e.linked)
            linked << e.id;
    if (!linked.isEmpty() && !m_options.dryRun)
        m_notes << Tr::tr("Linked to environment(s) %1.").arg(linked.join(QStringLiteral(", ")));
    if (m_options.dryRun)
        r.status = SubmissionStatus::DryRun;
    else if (!notLinked.isEmpty())
        r.status = SubmissionStatus::Incomplete;
    else if (m_created)
        r.status = SubmissionStatus::Created;
    else if (m_updated)
        r.status = SubmissionStatus::Updated;
    else
        r.status = SubmissionStatus::Unchanged;
    if (!notLinked.isEmpty()) {
        m_notes << Tr::tr("Not linked: %1.").arg(notLinked.join(QStringLiteral("; ")));
        r.fix = Tr::tr("Link the credentials in Scalr (Environment → Clouds → AWS) for each environment named, or fix "
                       "the cause and submit again: what is in place is kept.");
    }
    r.message = m_notes.join(QLatin1Char(' '));
    finish(r);
}

} // namespace cc
