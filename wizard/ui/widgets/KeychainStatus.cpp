#include "KeychainStatus.h"

#include "widgets/InfoBanner.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

#include <memory>

namespace cc {

KeychainStatus::KeychainStatus(const QString &name, QWidget *parent)
    : QWidget(parent), m_banner(new InfoBanner(InfoBanner::Kind::Info, QString(), this)), m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(name);
    m_banner->setObjectName(name + QStringLiteral("Banner"));
    m_retry->setObjectName(name + QStringLiteral("Retry"));
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_banner, 1);
    l->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &KeychainStatus::retryRequested);
    m_retry->hide();
    hide();
}

void KeychainStatus::showBusy(const QString &what)
{
    m_banner->setKind(InfoBanner::Kind::Info);
    m_banner->setText(what);
    m_retry->hide();
    show();
}

void KeychainStatus::showResult(const KeychainResult &r)
{
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (r.ok) {
        m_banner->setKind(InfoBanner::Kind::Info);
        switch (r.operation) {
        case KeychainResult::Operation::Store:
            m_banner->setText(tr("Secrets stored in the system keychain for “%1” at %2.").arg(r.profile, when));
            break;
        case KeychainResult::Operation::Load:
            m_banner->setText(tr("Secrets for “%1” were read from the system keychain.").arg(r.profile));
            break;
        case KeychainResult::Operation::Remove:
            m_banner->setText(tr("The stored secrets of “%1” were deleted from the keychain.").arg(r.profile));
            break;
        }
        m_retry->hide();
    } else if (r.error.kind == KeychainError::Kind::NotFound) {
        m_banner->setKind(InfoBanner::Kind::Info);
        m_banner->setText(tr("No secrets are stored for “%1” yet; enter them on the Platform and Credentials pages.").arg(r.profile));
        m_retry->hide();
    } else {
        m_banner->setKind(InfoBanner::Kind::Error);
        m_banner->setText(
            tr("%1 %2 Everything you entered is still here.").arg(r.error.cause.toHtmlEscaped(), r.error.fix.toHtmlEscaped()));
        m_retry->setVisible(r.error.retryable);
    }
    show();
}

void KeychainStatus::follow(KeychainJob *job, const QString &busyText)
{
    showBusy(busyText);
    auto answered = std::make_shared<bool>(false);
    connect(job, &KeychainJob::finished, this, [this, answered](const KeychainResult &r) {
        *answered = true;
        showResult(r);
    });
    connect(job, &QObject::destroyed, this, [this, answered] {
        if (!*answered)
            hide();
    });
}

QString KeychainStatus::text() const
{
    return m_banner->text();
}

} // namespace cc
